/**
 * Issue 20, item 5: owners are named wherever the principal may know the name, for every token kind (the
 * accounts that share with it, those it acts as), never an account it may not know.
 */
import { expect, signIn, test } from '../fixtures';
import { InstancesPage } from '../pages/InstancesPage';

const REEFER_12 = 312;

test('Dana (standard token): the device Contoso Foods shares is owned by “Contoso Foods”, in the list and on its page', async ({ page }) => {
  await signIn(page, 'dana');
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoList();
  await expect(devices.row('Reefer 12').getByRole('cell', { name: 'Contoso Foods', exact: true })).toBeVisible();
  // Her reader role over Northwind: its trucks are Northwind Logistics'.
  await expect(devices.row('NW Truck 1').getByRole('cell', { name: 'Northwind Logistics', exact: true })).toBeVisible();
  await expect(devices.main).not.toContainText(/Account #\d+/);

  await devices.gotoDetail(REEFER_12);
  await expect(devices.field('Account')).toHaveText('Contoso Foods (#1005)');
});

test('Northwind ops (standard token): what Acme Telematics and Fleet App share is owned by them by name', async ({ page }) => {
  await signIn(page, 'northwind-ops');
  const channels = new InstancesPage(page, 'channels');
  await channels.gotoList();
  await expect(channels.row('Main Teltonika').getByRole('cell', { name: 'Acme Telematics', exact: true })).toBeVisible();
  const calcs = new InstancesPage(page, 'calcs');
  await calcs.gotoList('', { inApp: true });
  await expect(calcs.row('Trips').getByRole('cell', { name: 'Fleet App', exact: true })).toBeVisible();
  await expect(calcs.main).not.toContainText(/Account #\d+/);
});
