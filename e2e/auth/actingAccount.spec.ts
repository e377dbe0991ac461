/** The acting-account switcher: searchable, keyboard-driven, and every view follows the chosen account. */
import { expectNoSeriousA11yViolations } from '../a11y/axe';
import { callApi, expect, personaKey, signIn, test } from '../fixtures';
import { InstancesPage } from '../pages/InstancesPage';

test("find an account by typing, choose it with the keyboard, and the devices list is that account's", async ({ page }) => {
  const shell = await signIn(page, 'acme-admin');
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoList('?size=100');
  const accounts = await callApi<{ id: number; name: string }>(page, personaKey('acme-admin'), 'GET', '/platform/access/1000/accounts');

  await shell.actingAccount.click();
  const menu = page.getByRole('menu', { name: 'Accounts to act as' });
  await expect(menu.getByRole('menuitem')).toHaveCount(accounts.body.result?.length ?? -1);
  await expectNoSeriousA11yViolations(page, 'the account switcher', '[role="menu"]');
  await page.getByRole('textbox', { name: 'Find an account' }).fill('north');
  await expect(menu.getByRole('menuitem')).toHaveText([/^Northwind Logistics/]);
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /^Northwind Logistics/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shell.actingAccount).toHaveText('Acting as Northwind Logistics');

  const api = await callApi<{ name: string }>(page, personaKey('acme-admin'), 'GET', '/gw/devices/all', undefined, { cid: 1004 });
  const expected = (api.body.result ?? []).map((d) => d.name).sort();
  await expect.poll(async () => (await devices.listedNames()).sort()).toEqual(expected);

  await shell.actingAccount.click();
  await page.getByRole('textbox', { name: 'Find an account' }).fill('fabrikam');
  await expect(page.getByText('No account matches “fabrikam”.')).toBeVisible();
});
