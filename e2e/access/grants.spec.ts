/**
 * Issues 5 and 6: the Grants screens — create (validation, what-if preview), edit, disable, delete, grantees —
 * checked against the API; the preview lists exactly what the grantee then gets (received grants: `grantsReceived.spec.ts`).
 */
import { paths } from '../../src/lib/paths';
import type { Grant } from '../../src/domain/types';
import { DIALOG, expectNoSeriousA11yViolations } from '../a11y/axe';
import { accessChange, accessOf } from '../accessDiff';
import { callApi, expect, signIn, test } from '../fixtures';
import { GrantsPage } from '../pages/GrantsPage';
import { ADMIN, DANA, NORTHWIND, grants, idsFor } from './grantApi';

test('the table equals the API; a grant is created with validation, and its preview is what the grantee then gets', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const ui = new GrantsPage(page);
  await ui.goto();
  const before = await grants(page);
  expect((await ui.listedNames('made')).sort()).toEqual(before.map((g) => g.name).sort());
  await expect(
    ui
      .table('made')
      .getByRole('row', { name: /Reefer 12 support for Dana/ })
      .getByRole('link', { name: 'Dana (supporter)' }),
  ).toBeVisible();
  // The acting account itself has no account page: as a grantor it is named, not linked.
  const rootGrant = ui.table('made').getByRole('row', { name: /Main Teltonika for Northwind/ });
  await expect(rootGrant.getByText('Acme Telematics', { exact: true })).toBeVisible();
  await expect(rootGrant.getByRole('link', { name: 'Acme Telematics' })).toHaveCount(0);

  await ui.button('Create grant').click();
  await ui.button('Create').click();
  for (const message of ['Name must not be empty.', 'Grantor: pick the account that shares.', 'Item 1: pick instances, or share all of them.'])
    await expect(ui.dialog.getByText(message)).toBeVisible();
  expect(await grants(page)).toHaveLength(before.length);

  const danaBefore = await accessOf(page, DANA);
  const danaDevicesBefore = await idsFor(page, 'dana', 'devices');
  expect(danaDevicesBefore).not.toContain(311);
  await ui.dialog.getByRole('textbox', { name: 'Name' }).fill('Reefer 11 for Dana');
  await ui.choose('Grantor', /^Contoso Foods/);
  await ui.pick('Grantees', 'Dana', /^Dana \(supporter\)/);
  // Subaccount items carry the subaccount levels; back to devices.
  await ui.choose('Item 1 type', 'subaccounts');
  await expect(ui.dialog.getByRole('checkbox', { name: 'operate-as' })).toBeVisible();
  await expect(ui.dialog.getByRole('checkbox', { name: 'create-devices' })).toBeVisible();
  await ui.choose('Item 1 type', 'devices');
  await ui.pick('Item 1 devices', 'Reefer 11', /^Reefer 11/);
  // Levels follow the type: command is for devices only.
  await expect(ui.dialog.getByRole('checkbox', { name: 'command' })).toBeVisible();
  await ui.dialog.getByRole('checkbox', { name: 'command' }).check();
  await expect(ui.preview).toContainText('Dana (supporter) gains');
  await expect(ui.preview).toContainText('device “Reefer 11”');
  const previewText = (await ui.preview.innerText()).replace(/\s+/g, ' ');
  await expectNoSeriousA11yViolations(page, 'the Create grant dialog', DIALOG);
  await ui.button('Create').click();
  await expect(ui.toast).toContainText('Grant “Reefer 11 for Dana” created');
  await expect(ui.heading).toHaveText('Reefer 11 for Dana');

  const made = (await grants(page)).find((g) => g.name === 'Reefer 11 for Dana');
  expect(made).toMatchObject({
    cid: 1005,
    subaccounts: [DANA],
    items: [{ type: 'devices', ids: [311], access: ['read', 'command'] }],
    expire: 0,
    enabled: true,
  });
  const change = accessChange(danaBefore, await accessOf(page, DANA));
  expect(change.lost).toEqual([]);
  expect(change.gained).toContain('devices:311');
  // In plain words: the levels, the device, the end and the typed name; the grant record itself is the vehicle.
  expect(change.gained.filter((k) => !k.startsWith('grants:'))).toEqual(['devices:311']);
  expect(previewText).toContain(
    'Dana (supporter) gains read, logs and command on device “Reefer 11”, with no end date, through the new grant “Reefer 11 for Dana”.',
  );
  // Dana's own token now lists exactly the devices it listed before plus the one the preview announced.
  const devicesGained = change.gained.filter((k) => k.startsWith('devices:')).map((k) => Number(k.split(':')[1]));
  expect(await idsFor(page, 'dana', 'devices')).toEqual([...danaDevicesBefore, ...devicesGained].sort((a, b) => a - b));
  await expect(ui.main.getByRole('link', { name: 'Dana (supporter)' })).toHaveAttribute('href', `/access/subaccounts/${DANA}`);
});

test('edit, disable and delete a grant, each confirmation showing the change first', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const ui = new GrantsPage(page);
  const danaBefore = await accessOf(page, DANA);
  const created = await callApi<Grant>(page, ADMIN, 'POST', '/platform/grants', [
    { cid: 1005, name: 'Reefer 13 for Dana', items: [{ type: 'devices', ids: [313], access: ['read'] }], subaccounts: [DANA] },
  ]);
  const id = created.body.result?.[0]?.id ?? 0;
  await page.goto(paths.detail.getHref('grants', id));
  await expect(ui.heading).toHaveText('Reefer 13 for Dana');
  // The items by name, each a link to the instance.
  const items = ui.main.getByRole('table', { name: 'Items' });
  await expect(items.getByRole('row', { name: /devices.*Reefer 13 \(#313\).*read/ })).toBeVisible();
  await expect(items.getByRole('link', { name: 'Reefer 13' })).toHaveAttribute('href', '/devices/313');

  await ui.button('Edit').click();
  // The picked device is named in the form too, not only numbered.
  await expect(ui.dialog.getByRole('button', { name: 'Reefer 13 (#313)' })).toBeVisible();
  await ui.dialog.getByRole('checkbox', { name: 'edit' }).check();
  await expect(ui.preview).toContainText('Dana (supporter) will have read, edit and logs on device “Reefer 13” (had read and logs), with no end date.');
  await ui.button('Save').click();
  await expect(ui.toast).toContainText('Grant “Reefer 13 for Dana” saved');
  expect((await grants(page, `/platform/grants/${id}`))[0]?.items[0]?.access).toEqual(['read', 'edit']);

  await ui.button('Disable').click();
  await expect(ui.preview).toContainText('Dana (supporter) loses');
  await expect(ui.preview).toContainText('device “Reefer 13”');
  await ui.dialog.getByRole('button', { name: 'Disable' }).click();
  await expect(ui.toast).toContainText('Grant “Reefer 13 for Dana” disabled');
  await expect(ui.button('Enable')).toBeVisible();
  // Dana still reads the (disabled) grant itself, but not what it shares.
  expect(accessChange(danaBefore, await accessOf(page, DANA)).gained).not.toContain('devices:313');

  await ui.button('Enable').click();
  await ui.dialog.getByRole('button', { name: 'Enable' }).click();
  await expect(ui.toast).toContainText('Grant “Reefer 13 for Dana” enabled');
  const enabled = accessChange(danaBefore, await accessOf(page, DANA));
  expect(enabled.gained).toContain('devices:313');

  await ui.button('Delete').click();
  expect(enabled.gained.filter((k) => !k.startsWith('grants:'))).toEqual(['devices:313']);
  await expect(ui.preview).toContainText('Dana (supporter) loses read, edit and logs on device “Reefer 13” (removing grant “Reefer 13 for Dana”).');
  await ui.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(ui.toast).toContainText('Grant “Reefer 13 for Dana” deleted');
  await expect(page).toHaveURL(/\/access\/grants$/);
  expect(accessChange(danaBefore, await accessOf(page, DANA))).toEqual({ gained: [], lost: [], changed: [] });
  expect(await idsFor(page, 'dana', 'devices')).not.toContain(313);

  // The logs tab of a grant lists its changes.
  await page.goto(paths.detail.getHref('grants', 2, 'logs'));
  await expect(ui.main.getByRole('tab', { name: 'Logs', selected: true })).toBeVisible();
});

test('the Grantees tab removes one grantee, previewing the loss; the others keep what the grant shares', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const ui = new GrantsPage(page);
  const created = await callApi<Grant>(page, ADMIN, 'POST', '/platform/grants', [
    { cid: 1005, name: 'Reefer 13 for two', items: [{ type: 'devices', ids: [313], access: ['read'] }], subaccounts: [DANA, NORTHWIND] },
  ]);
  expect(created.status).toBe(200);
  const id = created.body.result?.[0]?.id ?? 0;
  const danaBefore = await accessOf(page, DANA);
  const northwindBefore = await accessOf(page, NORTHWIND);
  await page.goto(paths.detail.getHref('grants', id, 'grantees'));
  const table = ui.main.getByRole('table', { name: 'Grantees' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('link', { name: 'Dana (supporter)' })).toHaveAttribute('href', `/access/subaccounts/${DANA}`);

  await ui.button('Remove Dana (supporter) from this grant').click();
  await expect(ui.preview).toContainText('Dana (supporter) loses');
  await expect(ui.preview).toContainText('device “Reefer 13”');
  await expect(ui.preview).not.toContainText('Northwind');
  await ui.dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(ui.toast).toContainText('Dana (supporter) removed from grant “Reefer 13 for two”');
  await expect(table.getByRole('row')).toHaveCount(2);

  expect((await grants(page, `/platform/grants/${id}`))[0]?.subaccounts).toEqual([NORTHWIND]);
  expect(accessChange(danaBefore, await accessOf(page, DANA)).lost).toContain('devices:313');
  expect(accessChange(northwindBefore, await accessOf(page, NORTHWIND))).toEqual({ gained: [], lost: [], changed: [] });
});
