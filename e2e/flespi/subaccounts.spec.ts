/** Subaccounts against the flespi-only server: create, rename (PUT), delete, what deleting one that holds others takes; acting as one. */
import { paths } from '../../src/lib/paths';
import { selectOption, signIn } from '../fixtures';
import { InstancesPage } from '../pages/InstancesPage';
import { SubaccountsPage } from '../pages/SubaccountsPage';
import { callFlespi, expect, test } from './flespiFixtures';

test('create, rename and delete an account; deleting one that holds others says what goes with it', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const accounts = new SubaccountsPage(page);
  await accounts.goto();
  await accounts.createButton.click();
  await accounts.dialog.getByRole('textbox', { name: 'Name' }).fill('Fabrikam');
  await selectOption(page, accounts.dialog.getByRole('combobox', { name: 'Parent account' }), 'Clients');
  await accounts.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(accounts.toast).toHaveText('Subaccount “Fabrikam” created');
  await expect(accounts.heading).toHaveText('Fabrikam');
  const id = Number(/subaccounts\/(\d+)/.exec(page.url())?.[1]);
  expect((await callFlespi<{ owner_id: number }>('acme-admin', 'GET', `/platform/subaccounts/${id}`)).result[0]?.owner_id).toBe(1003);

  await accounts.action('Rename').click();
  await accounts.dialog.getByRole('textbox', { name: 'Name' }).fill('Fabrikam Ltd');
  await accounts.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(accounts.toast).toHaveText('Account renamed to “Fabrikam Ltd”');
  expect((await callFlespi<{ name: string }>('acme-admin', 'GET', `/platform/subaccounts/${id}`)).result[0]?.name).toBe('Fabrikam Ltd');

  await accounts.action('Delete').click();
  await expect(accounts.dialog).toContainText('0 tokens');
  await accounts.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(accounts.toast).toHaveText('Account “Fabrikam Ltd” deleted');
  expect((await callFlespi('acme-admin', 'GET', `/platform/subaccounts/${id}`)).result).toEqual([]);

  await page.goto(paths.detail.getHref('subaccounts', 1003));
  await accounts.action('Delete').click();
  await expect(accounts.dialog).toContainText('2 subaccounts and 0 instances it holds');
  await expect(accounts.dialog).toContainText('It can be restored from the recycle bin');
  await accounts.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(accounts.dialog).toBeHidden();
});

test("act as a subaccount: the list is that account's, as the server answers it", async ({ page }) => {
  const shell = await signIn(page, 'acme-admin');
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoList('?size=100');
  await shell.actingAccount.click();
  await page.getByRole('textbox', { name: 'Find an account' }).fill('north');
  await page
    .getByRole('menu', { name: 'Accounts to act as' })
    .getByRole('menuitem', { name: /^Northwind Logistics/ })
    .click();
  await expect(shell.actingAccount).toHaveText('Acting as Northwind Logistics');
  const expected = (await callFlespi<{ name: string }>('acme-admin', 'GET', '/gw/devices/all', undefined, { cid: 1004 })).result.map((d) => d.name).sort();
  expect(expected.length).toBeGreaterThan(0);
  await expect.poll(async () => (await devices.listedNames()).sort()).toEqual(expected);
});
