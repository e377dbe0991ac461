/**
 * Issue 7, accessibility: an axe scan of every dialog, opened as a user opens it (screens: screens.spec.ts;
 * the grant, role and switcher dialogs are scanned in their own specs while in use).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openInApp, selectOption, signIn, test } from '../fixtures';
import { DIALOG, expectNoSeriousA11yViolations } from './axe';

/** Opens a dialog with `open`, scans it once its content has loaded, and closes it with Escape. */
async function scanDialog(page: Page, where: string, open: Locator): Promise<void> {
  await open.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog, where).toBeVisible();
  await expect(page.getByRole('progressbar'), where).toHaveCount(0);
  await expect(dialog.getByText(/^Working out|^Loading|^Checking/), where).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, where, DIALOG);
  await page.keyboard.press('Escape');
  await expect(dialog, where).toHaveCount(0);
}

const button = (page: Page, name: string) => page.getByRole('main').getByRole('button', { name, exact: true });

test('subaccount and token dialogs', async ({ page }) => {
  await signIn(page, 'acme-admin');
  await openInApp(page, '/access/subaccounts');
  await scanDialog(page, 'create subaccount', page.getByRole('button', { name: 'Create subaccount' }));
  await openInApp(page, '/access/subaccounts/1005');
  for (const action of ['Rename', 'Block', 'Delete']) await scanDialog(page, `${action} subaccount`, button(page, action));

  await openInApp(page, '/access/tokens');
  await page.getByRole('button', { name: 'New token' }).click();
  const dialog = page.getByRole('dialog');
  await selectOption(page, dialog.getByRole('combobox', { name: 'Kind' }), /^ACL/);
  await dialog.getByRole('button', { name: 'Preset: Devices with messages and telemetry' }).click();
  await expect(dialog.getByRole('group', { name: 'Entry 1', exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'new ACL token with its editor', DIALOG);
  // Escape on a form holding input asks first (issue 20): discard it.
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toHaveCount(0);
  await openInApp(page, '/access/tokens/8');
  for (const action of ['Edit', 'Disable', 'Delete']) await scanDialog(page, `${action} token`, button(page, action));
});

test('limit dialogs (issue 18)', async ({ page }) => {
  await signIn(page, 'acme-admin');
  await openInApp(page, '/access/limits');
  await scanDialog(page, 'create limit', button(page, 'New limit'));
  await scanDialog(page, 'edit limit', page.getByRole('main').getByRole('button', { name: 'Edit limit Support desk' }));
});

test('instance dialogs', async ({ page }) => {
  await signIn(page, 'acme-admin');
  await openInApp(page, '/devices');
  await scanDialog(page, 'create device', page.getByRole('button', { name: 'Create device' }));
  await openInApp(page, '/devices/302');
  for (const action of ['Edit', 'Send command', 'Move to account…', 'Delete']) await scanDialog(page, `${action} device`, button(page, action));
  await openInApp(page, '/groups/1/devices');
  await scanDialog(page, 'add devices to a group', button(page, 'Add devices'));
  await scanDialog(
    page,
    'remove a device from a group',
    page
      .getByRole('main')
      .getByRole('button', { name: /^Remove / })
      .first(),
  );
});

test('grant, role assignment, expiry, hygiene and demo data dialogs', async ({ page }) => {
  await signIn(page, 'acme-admin');
  await openInApp(page, '/access/grants/2');
  for (const action of ['Edit', 'Disable', 'Delete']) await scanDialog(page, `${action} grant`, button(page, action));
  await openInApp(page, '/access/roles/assignments');
  await scanDialog(
    page,
    'revoke a role assignment',
    page
      .getByRole('main')
      .getByRole('button', { name: /^Revoke / })
      .first(),
  );
  await openInApp(page, '/access/expiring?days=90');
  await scanDialog(
    page,
    'extend',
    page
      .getByRole('main')
      .getByRole('button', { name: /^Extend / })
      .first(),
  );
  await scanDialog(
    page,
    'remove',
    page
      .getByRole('main')
      .getByRole('button', { name: /^Remove / })
      .first(),
  );
  await openInApp(page, '/access/hygiene');
  await scanDialog(page, 'clean up', page.getByRole('main').getByRole('button', { name: /^Clean up all/ }));
  await scanDialog(page, 'demo data', page.getByRole('button', { name: 'Demo data' }));
});
