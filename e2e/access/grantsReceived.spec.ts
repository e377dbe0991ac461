/** Issues 5 and 6: received grants, acting as the grantee and with its own master token, against the API (the rest: `grants.spec.ts`). */
import { paths } from '../../src/lib/paths';
import type { Grant } from '../../src/domain/types';
import { callApi, createMasterToken, expect, personaKey, signIn, test } from '../fixtures';
import { AppShell } from '../pages/AppShell';
import { GrantsPage } from '../pages/GrantsPage';
import { LoginPage } from '../pages/LoginPage';
import { NORTHWIND, grants } from './grantApi';

test('received: acting as Northwind, the grants given to it, as the API lists them', async ({ page, shell }) => {
  await signIn(page, 'acme-admin');
  const ui = new GrantsPage(page);
  // A whole-subaccount item names the account and links to it, for the root that may open it.
  await page.goto(paths.detail.getHref('grants', 4));
  await expect(ui.main.getByRole('table', { name: 'Items' }).getByRole('link', { name: 'Cold Chain Lab' })).toHaveAttribute('href', '/access/subaccounts/1008');
  await ui.goto();
  await shell.actingAccount.click();
  await page.getByRole('menuitem', { name: /^Northwind Logistics/ }).click();
  await expect(shell.actingAccount).toHaveText('Acting as Northwind Logistics');
  await ui.main.getByRole('tab', { name: 'Received' }).click();
  await expect(page).toHaveURL(/view=received/);
  const api = await grants(page, '/platform/grantors/all', NORTHWIND);
  expect(api.length).toBeGreaterThan(0);
  await expect.poll(async () => (await ui.listedNames('received')).sort()).toEqual(api.map((g) => g.name).sort());

  // A received grant names what it shares; it links only to pages Northwind may open (the channel, not the root).
  await ui.table('received').getByRole('link', { name: 'Main Teltonika for Northwind' }).click();
  await expect(ui.heading).toHaveText('Main Teltonika for Northwind');
  const overview = ui.main.getByRole('table', { name: 'Grant' });
  await expect(overview.getByText('Acme Telematics', { exact: true })).toBeVisible();
  await expect(overview.getByRole('link')).toHaveCount(0);
  await expect(ui.main.getByRole('table', { name: 'Items' }).getByRole('link', { name: 'Main Teltonika' })).toHaveAttribute('href', '/channels/1');
});

test('a grantee\'s own master token: Received equals the API; "+" only where the API lets the principal create grants', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  const northwind = await createMasterToken(page, NORTHWIND, 'Northwind master (grants e2e)');
  await login.signInWithKey(northwind.key);
  await expect(new AppShell(page).signOut).toBeVisible();
  const ui = new GrantsPage(page);
  await ui.goto('received');
  const received = (await callApi<Grant>(page, northwind.key, 'GET', '/platform/grantors/all')).body.result ?? [];
  expect(received.length).toBeGreaterThan(0);
  await expect.poll(async () => (await ui.listedNames('received')).sort()).toEqual(received.map((g) => g.name).sort());

  const creatable = (await callApi<number>(page, northwind.key, 'GET', `/platform/access/${NORTHWIND}/create/grants`)).body.result ?? [];
  expect(creatable).toContain(NORTHWIND);
  await expect(ui.button('Create grant')).toBeVisible();

  // A standard token may not create grants (nor open the screen): no "+".
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'northwind-ops');
  const asOps = await callApi<number>(page, personaKey('northwind-ops'), 'GET', `/platform/access/${NORTHWIND}/create/grants`);
  expect(asOps.body.result ?? []).toEqual([]);
  await page.goto(paths.grants.getHref());
  await expect(ui.heading).toHaveText(/^No access to Grants/);
  await expect(ui.button('Create grant')).toHaveCount(0);
});
