/**
 * Limits against the flespi-only server (flespi's own `/platform/limits`; no `…/use` there): the list with the
 * subaccounts each limit is assigned to and their use, counted in the browser; create, edit (PUT), delete.
 */
import { signIn } from '../fixtures';
import { LimitsPage } from '../pages/LimitsPage';
import { SubaccountsPage } from '../pages/SubaccountsPage';
import { callFlespi, expect, test } from './flespiFixtures';

test('the Limits screen lists, creates, edits and deletes a limit', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const limits = new LimitsPage(page);
  await limits.goto();
  await expect(limits.row('Support desk')).toContainText('Devices 0');
  // Assigned to (and so "in use"): from the subaccounts' limit_id, read in the browser.
  await expect(limits.row('Support desk').getByRole('link', { name: 'Support', exact: true })).toBeVisible();
  await expect(limits.row('Client standard').getByRole('link', { name: 'Contoso Foods' })).toBeVisible();
  await expect(limits.remove('Support desk')).toBeDisabled();

  await limits.newLimit().click();
  await limits.dialog.getByRole('textbox', { name: 'Name' }).fill('Trial');
  await limits.count('Devices').fill('3');
  await limits.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(limits.toast).toHaveText('Limit “Trial” created');
  await expect(limits.row('Trial')).toContainText('Devices 3');
  await expect(limits.row('Trial')).toContainText('No subaccount');

  await limits.edit('Trial').click();
  await limits.count('Devices').fill('4');
  await limits.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(limits.toast).toHaveText('Limit “Trial” saved');
  const listed = await callFlespi<{ name: string; devices: number }>('acme-admin', 'GET', '/platform/limits/all');
  expect(listed.result.find((l) => l.name === 'Trial')?.devices).toBe(4);

  await limits.remove('Trial').click();
  await limits.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(limits.toast).toHaveText('Limit “Trial” deleted');
  await expect(limits.row('Trial')).toHaveCount(0);
});

test("a subaccount's page shows its limit and its use, counted in the browser", async ({ page }) => {
  await signIn(page, 'acme-admin');
  const subaccounts = new SubaccountsPage(page);
  await subaccounts.gotoDetail(1006);
  const use = page.getByRole('list', { name: 'Use against limit Support desk' });
  await expect(use.getByRole('listitem').first()).toHaveText('Devices 0 of 0 (at its limit)');
  await expect(use.getByRole('listitem').last()).toHaveText('Subaccounts 1 of 2');
});
