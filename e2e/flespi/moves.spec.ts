/**
 * Moving a device against the flespi-only server (flespi's own `PUT /gw/devices/<id>/cid`): the target
 * accounts are the predicted creatable ones, there is no preview (said in one sentence), and the move is made.
 */
import { selectOption, signIn } from '../fixtures';
import { InstancesPage } from '../pages/InstancesPage';
import { callFlespi, expect, test } from './flespiFixtures';

test('move a device to a subaccount', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoList();
  await devices.createButton('device').click();
  await devices.dialog.getByRole('textbox', { name: 'Name' }).fill('Mover 1');
  await devices.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(devices.heading).toHaveText('Mover 1');
  const id = Number(/devices\/(\d+)/.exec(page.url())?.[1]);

  await devices.action('Move to account…').click();
  await selectOption(page, devices.dialog.getByRole('combobox', { name: 'Move to account' }), /^Northwind Logistics$/);
  await expect(devices.dialog).toContainText("access previews are extensions of this panel's own backend");
  await devices.dialog.getByRole('button', { name: 'Move' }).click();
  await expect(devices.toast).toHaveText('Device “Mover 1” moved to Northwind Logistics');
  expect((await callFlespi<{ cid: number }>('acme-admin', 'GET', `/gw/devices/${id}`)).result[0]?.cid).toBe(1004);
});
