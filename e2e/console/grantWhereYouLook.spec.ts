/**
 * Issue 20, item 1: access is granted and revoked from the item's own "Who has access" tab. The Acme admin
 * shares Reefer 13 with Dana from the device's page (a grant pre-filled with the device, previewed), Dana
 * then sees the device; the row's Revoke takes it back, previewed too.
 */
import { paths } from '../../src/lib/paths';
import { DIALOG, expectNoSeriousA11yViolations } from '../a11y/axe';
import { expect, signIn, test } from '../fixtures';
import { GrantsPage } from '../pages/GrantsPage';
import { InstancesPage } from '../pages/InstancesPage';
import { WhoHasAccessTab } from '../pages/WhoHasAccessTab';

const REEFER_13 = 313;

test('grant Dana read on a device from its Who-has-access tab, see it as Dana, then revoke it there', async ({ page, context }) => {
  await signIn(page, 'acme-admin');
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoDetail(REEFER_13, 'access');
  const who = new WhoHasAccessTab(page);
  await expect(who.accounts).toBeVisible();
  await expect(who.accountRow('Dana (supporter)')).toHaveCount(0);

  await who.grantAccess().click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the Grant access menu', '[role="menu"]');
  await page.getByRole('menuitem', { name: /^Share with a grant/ }).click();

  const ui = new GrantsPage(page);
  await expect(ui.dialog).toHaveAccessibleName('Create grant');
  // Pre-filled with the item: its owner as grantor, the device itself, read.
  await expect(ui.dialog.getByRole('combobox', { name: /^Grantor/ })).toHaveText(/Contoso Foods \(#1005\)/);
  await expect(ui.dialog.getByRole('button', { name: 'Reefer 13 (#313)' })).toBeVisible();
  await expect(ui.dialog.getByRole('checkbox', { name: 'read' })).toBeChecked();
  await ui.dialog.getByRole('textbox', { name: /^Name/ }).fill('Reefer 13 for Dana');
  await ui.pick('Grantees', 'Dana', /^Dana \(supporter\)/);
  await expect(ui.preview).toContainText('Dana (supporter)');
  await expectNoSeriousA11yViolations(page, 'the pre-filled grant dialog', DIALOG);
  await ui.button('Create').click();
  await expect(ui.toast).toContainText('Grant “Reefer 13 for Dana” created');
  // Still on the device's tab (no jump to the grant), and Dana is now listed, through that grant.
  await expect(page).toHaveURL(/\/devices\/313\/access$/);
  const dana = who.accountRow('Dana (supporter)');
  await expect(dana).toHaveCount(1);
  await expect(dana).toContainText('read');

  // As Dana, in another tab of the same browser (same built-in backend): the device is there.
  const danaPage = await context.newPage();
  await signIn(danaPage, 'dana');
  const danaDevices = new InstancesPage(danaPage, 'devices');
  await danaDevices.gotoList();
  expect(await danaDevices.listedNames()).toContain('Reefer 13');

  // Revoke from the same row, the grant named: previewed, then Dana no longer reaches it.
  await expect(who.revokeButtons(dana)).toHaveAccessibleName('Revoke grant “Reefer 13 for Dana” from Dana (supporter)');
  await who.revokeButtons(dana).click();
  await expect(ui.dialog).toHaveAccessibleName('Remove Dana (supporter) from grant “Reefer 13 for Dana”?');
  await expect(ui.preview).toContainText('Dana (supporter)');
  await expectNoSeriousA11yViolations(page, 'the revoke dialog', DIALOG);
  await ui.dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(who.accountRow('Dana (supporter)')).toHaveCount(0);
  await danaDevices.gotoList();
  expect(await danaDevices.listedNames()).not.toContain('Reefer 13');
});

test("a role assignment from an account's Who-has-access tab is pre-filled with that account as scope; a role row offers Revoke", async ({ page }) => {
  await signIn(page, 'acme-admin');
  await page.goto(paths.detail.getHref('subaccounts', 1005, 'access'));
  const who = new WhoHasAccessTab(page);
  await who.grantAccess().click();
  await page.getByRole('menuitem', { name: /^Assign a role/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Assign role' });
  await expect(dialog.getByRole('radio', { name: 'An account and its branch' })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Scope account' })).toHaveText(/Contoso Foods/);
  await expectNoSeriousA11yViolations(page, 'the pre-filled Assign role dialog', DIALOG);
  // Nothing typed yet: Esc closes at once.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Dana holds "reader" over Northwind: its row there offers to revoke that assignment, previewed.
  await page.goto(paths.detail.getHref('subaccounts', 1004, 'access'));
  const dana = who.accountRow('Dana (supporter)');
  await expect(who.revokeButtons(dana)).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, 'the Who-has-access tab with Grant access and Revoke');
  await who.revokeButtons(dana).click();
  const revoke = page.getByRole('dialog', { name: 'Revoke “reader” from Dana (supporter)?' });
  await expect(revoke.getByRole('region', { name: 'What changes' })).toContainText('Dana (supporter)');
  await revoke.getByRole('button', { name: 'Cancel' }).click();
  await expect(revoke).toHaveCount(0);
});

test('Dana (standard token) has no Who-has-access tab, so no grant or revoke there', async ({ page }) => {
  await signIn(page, 'dana');
  await new InstancesPage(page, 'devices').gotoDetail(312);
  await expect(new WhoHasAccessTab(page).tab).toHaveCount(0);
});
