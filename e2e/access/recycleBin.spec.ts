/**
 * Issue 18, the recycle bin: a deleted grant restored gives its grantee back what the preview said; a
 * deleted device comes back without its group memberships, and the panel says so.
 */
import type { Instance } from '../../src/domain/types';
import { expectNoSeriousA11yViolations } from '../a11y/axe';
import { callApi, expect, personaKey, signIn, test } from '../fixtures';
import { InstancesPage } from '../pages/InstancesPage';
import { RecycleBinPage } from '../pages/RecycleBinPage';

const ADMIN = personaKey('acme-admin');
const RESTORABLE = 'It can be restored from the recycle bin (Access Management → Recycle bin) for 30 days.';

test('a deleted grant, restored, gives its grantee back what the preview said', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const grant = 'Grant “Reefer 12 support for Dana” (#2)';
  expect((await callApi(page, personaKey('dana'), 'GET', '/gw/devices/312')).status).toBe(200);
  expect((await callApi(page, ADMIN, 'DELETE', '/platform/grants/2')).status).toBe(200);
  expect((await callApi(page, personaKey('dana'), 'GET', '/gw/devices/312')).status).toBe(404);
  const bin = new RecycleBinPage(page);
  await bin.goto();
  await expect(bin.row('Reefer 12 support for Dana')).toContainText('Contoso Foods');
  await bin.restore(grant);
  await expect(bin.preview('platform/grants/2')).toContainText(/Dana \(supporter\) gains .*Reefer 12/);
  await expectNoSeriousA11yViolations(page, 'the restore dialog of a grant');
  await bin.dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(bin.results()).toContainText(`${grant} is back.`);
  expect((await callApi(page, personaKey('dana'), 'GET', '/gw/devices/312')).status).toBe(200);
  await bin.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(bin.row('Reefer 12 support for Dana')).toHaveCount(0);
});

test('a deleted device comes back without its group memberships, and the panel says so', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoDetail(301);
  await devices.action('Delete').click();
  await expect(devices.dialog).toContainText(RESTORABLE);
  await devices.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(devices.dialog).toHaveCount(0);
  expect((await callApi(page, ADMIN, 'GET', '/gw/devices/301')).status).toBe(404);

  const bin = new RecycleBinPage(page);
  await bin.goto();
  await bin.filterType('Device');
  const device = 'Device “NW Truck 1” (#301)';
  await bin.select(device);
  await page.getByRole('button', { name: 'Restore selected (1)' }).click();
  await expect(bin.dialog).toContainText('Will not come back: membership in group #1');
  await bin.dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(bin.results()).toContainText(`${device} is back. Not restored: membership in group #1`);

  const back = await callApi<Instance>(page, ADMIN, 'GET', '/gw/devices/301');
  expect(back.body.result?.[0]?.name).toBe('NW Truck 1');
  const group = await callApi<Instance>(page, ADMIN, 'GET', '/gw/groups/1');
  expect(group.body.result?.[0]?.devices).not.toContain(301);
});
