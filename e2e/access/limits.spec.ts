/** Issue 18: limits (the screen, a subaccount at its limit) and moving a device, through the UI. */
import { callApi, expect, personaKey, selectOption, signIn, signInWith, test } from '../fixtures';
import { InstancesPage } from '../pages/InstancesPage';
import { LimitsPage } from '../pages/LimitsPage';
import { SubaccountsPage } from '../pages/SubaccountsPage';

test('a subaccount at its device limit is refused a new device, with the limit named', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoList();
  await devices.createButton('device').click();
  await selectOption(page, devices.dialog.getByRole('combobox', { name: 'Account' }), /^Support$/);
  await devices.dialog.getByRole('textbox', { name: 'Name' }).fill('Desk phone');
  await devices.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(devices.dialog.getByRole('alert')).toContainText('Limit "Support desk" of account "Support" (#1006) allows 0 devices');
  await devices.dialog.getByRole('button', { name: 'Cancel' }).click();

  // Its page says so: its limit, and its use against it.
  const subaccounts = new SubaccountsPage(page);
  await subaccounts.gotoDetail(1006);
  const use = page.getByRole('list', { name: 'Use against limit Support desk' });
  await expect(use.getByRole('listitem').first()).toHaveText('Devices 0 of 0 (at its limit)');
  await expect(page.getByRole('combobox', { name: 'Limit' })).toHaveText('Support desk');
});

test('the Limits screen creates, edits and deletes a limit, naming the wrong fields', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const limits = new LimitsPage(page);
  await limits.goto();
  await expect(limits.row('Support desk')).toContainText('Devices 0');
  await expect(limits.remove('Support desk')).toBeDisabled();

  await limits.newLimit().click();
  await limits.count('Devices').fill('-2');
  await limits.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(limits.dialog.getByText('Name must not be empty.')).toBeVisible();
  await expect(limits.dialog.getByText(/^Devices must be -1/)).toBeVisible();
  await limits.dialog.getByRole('textbox', { name: 'Name' }).fill('Pilot');
  await limits.count('Devices').fill('3');
  await limits.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(limits.toast).toHaveText('Limit “Pilot” created');
  await expect(limits.row('Pilot')).toContainText('Devices 3');

  await limits.edit('Pilot').click();
  await limits.count('Devices').fill('5');
  await limits.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(limits.toast).toHaveText('Limit “Pilot” saved');
  await expect(limits.row('Pilot')).toContainText('Devices 5');

  await limits.remove('Pilot').click();
  await limits.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(limits.toast).toHaveText('Limit “Pilot” deleted');
  await expect(limits.row('Pilot')).toHaveCount(0);
});

test('a device moved to another account disappears for the grantees of the old one, as the preview said', async ({ page }) => {
  // Grant 2: Contoso → Dana, Reefer 12 (read, edit).
  await signIn(page, 'acme-admin');
  const dana = await page.context().newPage();
  await signInWith(dana, personaKey('dana'));
  const danaDevices = new InstancesPage(dana, 'devices');
  await danaDevices.gotoList();
  expect(await danaDevices.listedNames()).toContain('Reefer 12');

  const devices = new InstancesPage(page, 'devices');
  await devices.gotoDetail(312);
  await devices.action('Move to account…').click();
  await selectOption(page, devices.dialog.getByRole('combobox', { name: 'Move to account' }), /^Clients$/);
  const preview = devices.dialog.getByRole('region', { name: 'What changes' });
  await expect(preview).toContainText(/Dana \(supporter\).* loses .*Reefer 12/);
  await devices.dialog.getByRole('button', { name: 'Move' }).click();
  await expect(devices.toast).toHaveText('Device “Reefer 12” moved to Clients');

  expect((await callApi(dana, personaKey('dana'), 'GET', '/gw/devices/312')).status).toBe(404);
  await danaDevices.gotoList();
  expect(await danaDevices.listedNames()).not.toContain('Reefer 12');
});
