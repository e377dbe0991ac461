/**
 * Issue 20 item 4: "why not?" restores in place. The admin disables a grant; asked why Northwind cannot see
 * the channel it shared, the answer names the disabled grant in words, and "Enable grant …" (previewed) gives
 * it back, as Northwind ops then sees. An ACL token's missing entry is added from the same answer.
 */
import { DIALOG, expectNoSeriousA11yViolations } from '../a11y/axe';
import { expect, signIn, test } from '../fixtures';
import { ExplorerPage } from '../pages/ExplorerPage';
import { GrantsPage } from '../pages/GrantsPage';
import { InstancesPage } from '../pages/InstancesPage';

const NORTHWIND = 1004;
const TOOLBOX_TOKEN = 4;
const GRANT = { id: 1, name: 'Main Teltonika for Northwind' };
/** The answer alone, with its blocker and action (axe scans only what "why not?" adds). */
const ANSWER = '[role="alert"][aria-label="Explanation"]';

test('a disabled grant: why not? names it, and "Enable grant …" gives Northwind the channel again', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const grants = new GrantsPage(page);
  await grants.gotoGrant(GRANT.id, GRANT.name);
  await grants.button('Disable').click();
  await grants.dialog.getByRole('button', { name: 'Disable' }).click();
  await expect(grants.toast).toContainText(`Grant “${GRANT.name}” disabled`);

  const explorer = new ExplorerPage(page);
  await explorer.goto({ cid: NORTHWIND, type: 'channels' });
  await explorer.askWhyByName('Main', 'Main Teltonika (#1)');
  await expect(explorer.explanation).toContainText('Northwind Logistics cannot see Main Teltonika: it is outside its own branch');
  await expect(explorer.explanation).toContainText(`Nearest: grant “${GRANT.name}” is disabled; enabling it would give this.`);
  const enable = explorer.explanation.getByRole('button', { name: `Enable grant “${GRANT.name}”` });
  await expect(enable).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the "why not?" answer with its blocker and action', ANSWER);

  await enable.click();
  const dialog = page.getByRole('dialog', { name: `Enable grant “${GRANT.name}”?` });
  await expect(dialog.getByRole('region', { name: 'What changes' })).toContainText(/Northwind Logistics gains read.* on channel “Main Teltonika”/);
  await expectNoSeriousA11yViolations(page, 'the Enable dialog opened from "why not?"', DIALOG);
  await dialog.getByRole('button', { name: 'Enable' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(explorer.explanation).toContainText('is reachable');
  await expect(explorer.explanation).toContainText(`Allowed by: grant “${GRANT.name}”: read`);

  // Northwind ops itself lists the channel again.
  const asOps = await page.context().newPage();
  await signIn(asOps, 'northwind-ops');
  const channels = new InstancesPage(asOps, 'channels');
  await channels.gotoList();
  expect(await channels.listedNames()).toContain('Main Teltonika');
  await asOps.close();
});

test('an ACL token: why not? names the missing entry, and "Add … to the access list" lets it read the device', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const explorer = new ExplorerPage(page);
  await explorer.goto({ token: TOOLBOX_TOKEN, type: 'devices' });
  await explorer.askWhyByName('NW Truck 3', 'NW Truck 3 (#303)');
  await expect(explorer.explanation).toContainText('Token “Toolbox link” cannot see NW Truck 3: its access list does not include it.');
  await explorer.explanation.getByRole('button', { name: 'Add NW Truck 3 to the access list of token “Toolbox link”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add NW Truck 3 to the access list of token “Toolbox link”?' });
  await expect(dialog).toContainText('Its access list will then allow: read on device “NW Truck 3”, with logs and every other submodule alike.');
  await expectNoSeriousA11yViolations(page, 'the Add-to-access-list dialog opened from "why not?"', DIALOG);
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(explorer.explanation).toContainText('is reachable');
  await expect(explorer.reasons(explorer.row('devices', 'NW Truck 3'))).toContainText([
    'access list: read on devices “NW Truck 1”, “NW Truck 2” and “NW Truck 3”, with logs and every other submodule alike',
  ]);
});
