/**
 * Issue 20, items 8 and 7: the ACL editor offers the devices the token's account can reach (asked as that
 * account), not the admin's, and says so; in demo mode the copy-link tooltip and the unknown-token message
 * say that the built-in backend keeps its data in this browser only, and how to share a world.
 */
import { paths } from '../../src/lib/paths';
import { callApi, expect, personaKey, signIn, test } from '../fixtures';
import { LoginPage } from '../pages/LoginPage';
import { TokensPage } from '../pages/TokensPage';

const NORTHWIND = 1004;

test("the ACL picker lists the devices the token's account reaches, and says whose they are", async ({ page }) => {
  await signIn(page, 'acme-admin');
  const reached = (
    (await callApi<{ name: string }>(page, personaKey('acme-admin'), 'GET', '/gw/devices/all', undefined, { cid: NORTHWIND })).body.result ?? []
  ).map((d) => d.name);
  const adminOwn = ((await callApi<{ name: string }>(page, personaKey('acme-admin'), 'GET', '/gw/devices/all')).body.result ?? []).map((d) => d.name);
  expect(adminOwn.filter((n) => !reached.includes(n)).length).toBeGreaterThan(0);

  const tokens = new TokensPage(page);
  await tokens.goto();
  await tokens.newToken.click();
  const dialog = tokens.dialog;
  await dialog.choose(dialog.account, /^Northwind Logistics/);
  await dialog.choose(dialog.kind, /^ACL/);
  await expect(dialog.root.getByText('Ids are offered from what Northwind Logistics can reach: a token never reaches more than its account.')).toBeVisible();
  await dialog.preset('Devices read-only for chosen ids').click();
  const picker = dialog.root.getByRole('combobox', { name: 'Entry 1 devices' });
  await expect(picker).toHaveAccessibleDescription(/^The devices Northwind Logistics can reach/);
  await picker.click();
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options).toHaveCount(reached.length);
  expect((await options.allInnerTexts()).map((t) => t.replace(/ \(#\d+\)$/, '')).sort()).toEqual([...reached].sort());
  // Several picks without reopening it.
  await options.nth(0).click();
  await options.nth(1).click();
  await page.keyboard.press('Escape');
  await expect(dialog.entry(1).getByRole('button', { name: / \(#\d+\)$/ })).toHaveCount(2);
});

test('demo mode: the copy-link tooltip and the unknown-token message say where the data lives and how to share it', async ({ page }) => {
  await signIn(page, 'acme-admin');
  await page.goto(paths.detail.getHref('tokens', 8));
  const copy = page.getByRole('button', { name: 'Copy access link' });
  await copy.hover();
  await expect(page.getByRole('tooltip')).toContainText('in this browser only');
  await expect(copy).toHaveAccessibleDescription(/Export world.*Import world.*npm run api/);

  // A key this browser's world does not know, as a link made in another browser would be.
  const fresh = await page.context().newPage();
  const login = new LoginPage(fresh);
  await login.goto();
  await login.signInWithKey('A'.repeat(64));
  await expect(login.alert).toContainText('Unknown token');
  await expect(login.alert).toContainText('keeps its data in this browser only');
  await expect(login.alert).toContainText('npm run api');
});
