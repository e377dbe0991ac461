/** Grants against the flespi-only server: create with grantees, edit (PUT), remove a grantee, delete; no preview (ours). */
import { paths } from '../../src/lib/paths';
import { signIn } from '../fixtures';
import { GrantsPage } from '../pages/GrantsPage';
import { callFlespi, expect, test } from './flespiFixtures';

const DANA = 1007;
const NORTHWIND = 1004;
type Grant = { id: number; name: string; cid: number; subaccounts: number[]; items: Array<{ type: string; ids: number[]; access: string[] }> };
const grant = async (id: number) => (await callFlespi<Grant>('acme-admin', 'GET', `/platform/grants/${id}`)).result[0];

test('create a grant for two grantees, edit it, remove one grantee, delete it', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const ui = new GrantsPage(page);
  await ui.goto();
  await ui.button('Create grant').click();
  await ui.dialog.getByRole('textbox', { name: 'Name' }).fill('Reefer 11 for two');
  await ui.choose('Grantor', /^Contoso Foods/);
  await ui.pick('Grantees', 'Dana', /^Dana \(supporter\)/);
  await ui.pick('Grantees', 'Northwind', /^Northwind Logistics/);
  await ui.pick('Item 1 devices', 'Reefer 11', /^Reefer 11/);
  // The what-if preview is our backend's: here the dialog says why there is none.
  await expect(ui.dialog.getByText(/extensions of this panel's own backend/)).toBeVisible();
  await ui.button('Create').click();
  await expect(ui.toast).toContainText('Grant “Reefer 11 for two” created');
  await expect(ui.heading).toHaveText('Reefer 11 for two');
  const id = Number(/grants\/(\d+)/.exec(page.url())?.[1]);
  expect(await grant(id)).toMatchObject({ cid: 1005, subaccounts: [DANA, NORTHWIND], items: [{ type: 'devices', ids: [311], access: ['read'] }] });

  await ui.button('Edit').click();
  await ui.dialog.getByRole('checkbox', { name: 'edit' }).check();
  await ui.button('Save').click();
  await expect(ui.toast).toContainText('Grant “Reefer 11 for two” saved');
  expect((await grant(id))?.items[0]?.access).toEqual(['read', 'edit']);

  await page.goto(paths.detail.getHref('grants', id, 'grantees'));
  const table = ui.main.getByRole('table', { name: 'Grantees' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await ui.button('Remove Dana (supporter) from this grant').click();
  await ui.dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(ui.toast).toContainText('Dana (supporter) removed from grant “Reefer 11 for two”');
  await expect(table.getByRole('row')).toHaveCount(2);
  expect((await grant(id))?.subaccounts).toEqual([NORTHWIND]);

  await ui.button('Delete').click();
  await ui.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(ui.toast).toContainText('Grant “Reefer 11 for two” deleted');
  await expect(page).toHaveURL(/\/access\/grants$/);
  expect(await grant(id)).toBeUndefined();
});
