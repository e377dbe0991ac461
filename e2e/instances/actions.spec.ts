/** Issue 5: create, edit, command, delete, members and paging of instances, through the UI. */
import { callApi, expect, personaKey, signIn, test } from '../fixtures';
import { InstancesPage } from '../pages/InstancesPage';

test('create, rename, command and delete a device, with the validation messages', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoList();
  await devices.createButton('device').click();
  await devices.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(devices.dialog.getByText('Name must not be empty.')).toBeVisible();
  await devices.dialog.getByRole('textbox', { name: 'Name' }).fill('Van 7');
  await devices.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(devices.toast).toHaveText('Device “Van 7” created');
  await expect(devices.heading).toHaveText('Van 7');
  const id = Number(/\/devices\/(\d+)/.exec(page.url())?.[1]);
  // The overview names the owner account (the acting account, where it was created).
  await expect(devices.main.locator('dt', { hasText: 'Account' }).locator('xpath=following-sibling::dd[1]')).toHaveText('Acme Telematics (#1000)');

  await devices.action('Edit').click();
  await devices.dialog.getByRole('textbox', { name: 'Name' }).fill('x'.repeat(256));
  await devices.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(devices.dialog.getByText('Name must be at most 255 characters.')).toBeVisible();
  await devices.dialog.getByRole('textbox', { name: 'Name' }).fill('Van 8');
  await devices.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(devices.toast).toHaveText('Device renamed to “Van 8”');
  await expect(devices.heading).toHaveText('Van 8');

  await devices.action('Send command').click();
  await devices.dialog.getByRole('textbox', { name: 'Command' }).fill('setdigout');
  await devices.dialog.getByRole('textbox', { name: 'Properties (JSON)' }).fill('[1, 2]');
  await devices.dialog.getByRole('button', { name: 'Send' }).click();
  await expect(devices.dialog.getByText(/Properties must be a JSON object/)).toBeVisible();
  await devices.dialog.getByRole('textbox', { name: 'Properties (JSON)' }).fill('{"out": 1}');
  await devices.dialog.getByRole('button', { name: 'Send' }).click();
  await expect(devices.toast).toHaveText('Command “setdigout” queued for Van 8');

  await devices.gotoDetail(id, 'logs');
  await expect(devices.main.getByRole('table', { name: 'Device logs' }).getByRole('row')).toHaveCount(4); // header + created, updated, command

  await devices.gotoDetail(id);
  await devices.action('Delete').click();
  await expect(devices.dialog).toContainText('It can be restored from the recycle bin (Access Management → Recycle bin) for 30 days.');
  await devices.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(devices.toast).toHaveText('Device “Van 8” deleted');
  await expect(devices.heading).toHaveText('Devices');
  expect((await callApi(page, personaKey('acme-admin'), 'GET', `/gw/devices/${id}`)).status).toBe(404);
});

test('a client assigns its own device to a granted calc and sees only its own members', async ({ page }) => {
  // Grant 3: Fleet App → Northwind, all calcs, read. Calc 2 "Fuel usage" holds 301 (Northwind) and 311 (Contoso).
  await signIn(page, 'northwind-ops');
  const calcs = new InstancesPage(page, 'calcs');
  await calcs.gotoDetail(2, 'devices');
  const members = calcs.main.getByRole('table', { name: 'Member devices' });
  await expect(members.locator('tbody tr')).toHaveCount(1);
  await expect(members).toContainText('NW Truck 1');
  await expect(members).not.toContainText('Reefer');
  await expect(calcs.action('Edit')).toHaveCount(0);
  await expect(calcs.action('Delete')).toHaveCount(0);

  await calcs.main.getByRole('button', { name: 'Add devices' }).click();
  await calcs.dialog.getByRole('combobox', { name: 'Devices' }).fill('Truck 2');
  await page.getByRole('option', { name: /NW Truck 2/ }).click();
  // The picker stays open between picks (issue 20): Esc closes it, not the dialog.
  await page.keyboard.press('Escape');
  await calcs.dialog.getByRole('button', { name: 'Add' }).click();
  await expect(calcs.toast).toHaveText('1 device added to calc “Fuel usage”');
  await expect(members.locator('tbody tr')).toHaveCount(2);

  await calcs.main.getByRole('button', { name: 'Remove NW Truck 2' }).click();
  await calcs.dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(calcs.toast).toHaveText('“NW Truck 2” removed from calc “Fuel usage”');
  await expect(members.locator('tbody tr')).toHaveCount(1);
  const api = await callApi<{ id: number }>(page, personaKey('northwind-ops'), 'GET', '/gw/calcs/2/devices/all');
  expect(api.body.result?.map((d) => d.id)).toEqual([301]);
});

test('long lists page on the server, search and sort included', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const admin = personaKey('acme-admin');
  const batch = Array.from({ length: 30 }, (_, i) => ({ name: `Bulk ${String(i + 1).padStart(2, '0')}`, device_type_id: 1 }));
  expect((await callApi(page, admin, 'POST', '/gw/devices', batch)).status).toBe(200);
  const total = (await callApi<unknown>(page, admin, 'GET', '/gw/devices/all?limit=1')) as { body: { pagination?: { count: number } } };
  const count = total.body.pagination?.count ?? 0;
  expect(count).toBeGreaterThan(25);

  const devices = new InstancesPage(page, 'devices');
  await devices.gotoList();
  await expect(devices.main.getByText(`${count} devices`)).toBeVisible();
  await expect(devices.table.locator('tbody tr')).toHaveCount(25);
  await devices.main.getByRole('button', { name: 'Go to next page' }).click();
  await expect(devices.table.locator('tbody tr')).toHaveCount(count - 25);
  await expect(page).toHaveURL(/page=2/);

  await devices.search.fill('bulk 1');
  await expect(devices.main.getByText('10 devices')).toBeVisible();
  await devices.table.getByRole('button', { name: 'Name' }).click();
  await devices.table.getByRole('button', { name: 'Name' }).click();
  await expect(devices.table.locator('tbody tr').first()).toContainText('Bulk 19');
  await expect(page).toHaveURL(/sort=name&dir=desc/);
});
