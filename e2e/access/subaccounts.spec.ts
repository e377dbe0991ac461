/** Issue 5: the Subaccounts screens — table and tree, create, rename, block, delete — checked against the API. */
import { paths } from '../../src/lib/paths';
import { callApi, createMasterToken, expect, personaKey, selectOption, signIn, test } from '../fixtures';
import { SubaccountsPage } from '../pages/SubaccountsPage';

const names = (body: { result?: Array<{ name: string }> }) => (body.result ?? []).map((a) => a.name).sort();

test('the table and the tree show the branch the API returns, for the root and as Clients', async ({ page, shell }) => {
  await signIn(page, 'acme-admin');
  const accounts = new SubaccountsPage(page);
  await accounts.goto('?size=100');
  const api = await callApi<{ name: string }>(page, personaKey('acme-admin'), 'GET', '/platform/subaccounts/all');
  expect((await accounts.listedNames()).sort()).toEqual(names(api.body));
  await expect(
    accounts.table
      .getByRole('row', { name: /Northwind Logistics/ })
      .getByRole('cell')
      .nth(4),
  ).toHaveText('3');

  await accounts.main.getByRole('button', { name: 'Tree' }).click();
  await expect(page).toHaveURL(/view=tree/);
  await expect(accounts.tree.getByRole('link', { name: 'Northwind Logistics' })).toBeVisible();
  await accounts.tree.getByRole('button', { name: 'Collapse Clients' }).click();
  await expect(accounts.tree.getByRole('link', { name: 'Northwind Logistics' })).toHaveCount(0);
  await expect(accounts.tree.getByRole('button', { name: 'Expand Clients' })).toHaveAttribute('aria-expanded', 'false');

  // Acting as Clients, the view is that account's branch.
  await shell.actingAccount.click();
  await page.getByRole('menuitem', { name: /^Clients/ }).click();
  await accounts.goto();
  const asClients = await callApi<{ name: string }>(page, personaKey('acme-admin'), 'GET', '/platform/subaccounts/all', undefined, { cid: 1003 });
  expect((await accounts.listedNames()).sort()).toEqual(names(asClients.body));
  expect(names(asClients.body)).toEqual(['Contoso Foods', 'Northwind Logistics']);
});

test('create, rename, block and delete an account, with validation and refusals', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const accounts = new SubaccountsPage(page);
  await accounts.goto();
  await accounts.createButton.click();
  await accounts.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(accounts.dialog.getByText('Name must not be empty.')).toBeVisible();
  await accounts.dialog.getByRole('textbox', { name: 'Name' }).fill('Fabrikam');
  await selectOption(page, accounts.dialog.getByRole('combobox', { name: 'Parent account' }), 'Clients');
  await accounts.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(accounts.toast).toHaveText('Subaccount “Fabrikam” created');
  await expect(accounts.heading).toHaveText('Fabrikam');
  const id = Number(/subaccounts\/(\d+)/.exec(page.url())?.[1]);
  const made = await callApi<{ owner_id: number }>(page, personaKey('acme-admin'), 'GET', `/platform/subaccounts/${id}`);
  expect(made.body.result?.[0]?.owner_id).toBe(1003);
  // The overview names the parent the API reports.
  await expect(accounts.main.locator('dt', { hasText: 'Parent' }).locator('xpath=following-sibling::dd[1]')).toHaveText('Clients (#1003)');

  await accounts.action('Rename').click();
  await accounts.dialog.getByRole('textbox', { name: 'Name' }).fill('');
  await accounts.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(accounts.dialog.getByText('Name must not be empty.')).toBeVisible();
  await accounts.dialog.getByRole('textbox', { name: 'Name' }).fill('Fabrikam <b>Ltd</b>');
  await accounts.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(accounts.toast).toHaveText('Account renamed to “Fabrikam <b>Ltd</b>”');
  await expect(accounts.heading).toHaveText('Fabrikam <b>Ltd</b>');

  await accounts.action('Block').click();
  await expect(accounts.dialog).toContainText('stop working');
  await accounts.dialog.getByRole('button', { name: 'Block' }).click();
  await expect(accounts.toast).toHaveText('Account “Fabrikam <b>Ltd</b>” blocked');
  await expect(accounts.action('Unblock')).toBeVisible();

  await accounts.action('Delete').click();
  await expect(accounts.dialog).toContainText('0 tokens');
  await accounts.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(accounts.toast).toHaveText('Account “Fabrikam <b>Ltd</b>” deleted');
  expect((await callApi(page, personaKey('acme-admin'), 'GET', `/platform/subaccounts/${id}`)).status).toBe(404);

  // An account that holds subaccounts (issue 18): the dialog says they go with it, and all of it lands in the recycle bin.
  await page.goto(paths.detail.getHref('subaccounts', 1003));
  await accounts.action('Delete').click();
  await expect(accounts.dialog).toContainText('2 subaccounts and');
  await expect(accounts.dialog).toContainText('It can be restored from the recycle bin');
  await accounts.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(accounts.toast).toHaveText('Account “Clients” deleted');
  for (const path of ['/platform/subaccounts/1003', '/platform/subaccounts/1004', '/gw/devices/311'])
    expect((await callApi(page, personaKey('acme-admin'), 'GET', path)).status).toBe(404);
  const binned = await callApi(page, personaKey('acme-admin'), 'GET', `/platform/deleted/${encodeURIComponent('platform/subaccounts/1004,gw/devices/311')}`);
  expect(binned.body.result?.length).toBe(2);
});

test("a child account's master token sees only its own branch, with no way up", async ({ page }) => {
  const shell = await signIn(page, 'acme-admin');
  const clients = await createMasterToken(page, 1003, 'Clients master');
  await shell.signOut.click();
  await page.goto(paths.login.getHref({ token: clients.key }));
  await expect(shell.signOut).toBeVisible();
  const accounts = new SubaccountsPage(page);
  await accounts.goto();
  const api = await callApi<{ name: string }>(page, clients.key, 'GET', '/platform/subaccounts/all');
  expect((await accounts.listedNames()).sort()).toEqual(names(api.body));
  expect(names(api.body)).toEqual(['Contoso Foods', 'Northwind Logistics']);
  await page.goto(paths.detail.getHref('subaccounts', 1000));
  await expect(accounts.heading).toHaveText('Not found');
});
