/**
 * The recycle bin against the flespi-only server (flespi's own `/platform/deleted`): a deleted device is
 * listed, found by the search in the browser, and restored; the restore dialog of a token says why there is
 * no "who regains what" preview and still restores.
 */
import { signIn } from '../fixtures';
import { InstancesPage } from '../pages/InstancesPage';
import { RecycleBinPage } from '../pages/RecycleBinPage';
import { callFlespi, expect, test } from './flespiFixtures';

test('delete a device, find it in the bin, restore it', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoList();
  await devices.createButton('device').click();
  await devices.dialog.getByRole('textbox', { name: 'Name' }).fill('Bin probe');
  await devices.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(devices.heading).toHaveText('Bin probe');
  const id = Number(/devices\/(\d+)/.exec(page.url())?.[1]);
  await devices.action('Delete').click();
  await expect(devices.dialog).toContainText('It can be restored from the recycle bin');
  await devices.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(devices.toast).toHaveText('Device “Bin probe” deleted');
  expect((await callFlespi('acme-admin', 'GET', `/gw/devices/${id}`)).result).toEqual([]);

  const bin = new RecycleBinPage(page);
  await bin.goto();
  await page
    .getByRole('main')
    .getByLabel(/^Search /)
    .fill('bin probe');
  await expect(bin.row('Bin probe')).toHaveCount(1);
  const title = `Device “Bin probe” (#${id})`;
  await bin.restore(title);
  await bin.dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(bin.results()).toContainText(`${title} is back.`);
  expect((await callFlespi<{ name: string }>('acme-admin', 'GET', `/gw/devices/${id}`)).result[0]?.name).toBe('Bin probe');
  await bin.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(bin.row('Bin probe')).toHaveCount(0);
});

test('a token in the bin: no preview without the panel’s backend, and the restore still works', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const made = await callFlespi<{ id: number }>('acme-admin', 'POST', '/platform/tokens', [{ info: 'Bin token', access: { type: 1 }, ttl: 3600 }]);
  const id = made.result[0]?.id ?? 0;
  expect(id).toBeGreaterThan(0);
  expect((await callFlespi('acme-admin', 'DELETE', `/platform/tokens/${id}`)).status).toBe(200);

  const bin = new RecycleBinPage(page);
  await bin.goto();
  const title = `Token “Bin token” (#${id})`;
  await bin.restore(title);
  await expect(bin.dialog).toContainText("access previews are extensions of this panel's own backend");
  await bin.dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(bin.results()).toContainText(`${title} is back.`);
  expect((await callFlespi<{ info: string }>('acme-admin', 'GET', `/platform/tokens/${id}`)).result[0]?.info).toBe('Bin token');
});
