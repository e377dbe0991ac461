/** Devices against the flespi-only server: create, rename (PATCH: flespi has it on devices), delete; paging, search and sort in the browser. */
import { signIn } from '../fixtures';
import { InstancesPage } from '../pages/InstancesPage';
import { callFlespi, expect, test } from './flespiFixtures';

test('create, rename and delete a device', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoList();
  await devices.createButton('device').click();
  await devices.dialog.getByRole('textbox', { name: 'Name' }).fill('Van 7');
  await devices.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(devices.toast).toHaveText('Device “Van 7” created');
  await expect(devices.heading).toHaveText('Van 7');
  const id = Number(/devices\/(\d+)/.exec(page.url())?.[1]);

  await devices.action('Edit').click();
  await devices.dialog.getByRole('textbox', { name: 'Name' }).fill('Van 8');
  await devices.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(devices.toast).toHaveText('Device renamed to “Van 8”');
  expect((await callFlespi<{ name: string }>('acme-admin', 'GET', `/gw/devices/${id}`)).result[0]?.name).toBe('Van 8');

  await devices.action('Delete').click();
  await devices.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(devices.toast).toHaveText('Device “Van 8” deleted');
  await expect(devices.heading).toHaveText('Devices');
  expect((await callFlespi('acme-admin', 'GET', `/gw/devices/${id}`)).result).toEqual([]);
});

test('a long list pages, searches and sorts in the browser, with the same URL', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const batch = Array.from({ length: 30 }, (_, i) => ({ name: `Bulk ${String(i + 1).padStart(2, '0')}`, device_type_id: 1 }));
  expect((await callFlespi('acme-admin', 'POST', '/gw/devices', batch)).status).toBe(200);
  const count = (await callFlespi('acme-admin', 'GET', '/gw/devices/all')).result.length;
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
  const ids = (await callFlespi<{ id: number; name: string }>('acme-admin', 'GET', '/gw/devices/all')).result.filter((d) => d.name.startsWith('Bulk'));
  expect((await callFlespi('acme-admin', 'DELETE', `/gw/devices/${ids.map((d) => d.id).join(',')}`)).status).toBe(200);
});
