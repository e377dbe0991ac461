/**
 * Issue 20 items 3-4: previews and explanations in names and plain words. A preview names the levels, the
 * items, the end and the typed name; "why not?" for Dana and Reefer 11 names the expired contributor
 * assignment, and Extend (as the Acme admin) gives Dana Reefer 11 again.
 */
import { DIALOG, expectNoSeriousA11yViolations } from '../a11y/axe';
import { expect, signIn, test } from '../fixtures';
import { ExplorerPage } from '../pages/ExplorerPage';
import { GrantsPage } from '../pages/GrantsPage';
import { InstancesPage } from '../pages/InstancesPage';

const DANA = 1007;

async function newGrantForDana(ui: GrantsPage, name: string, device: string): Promise<void> {
  await ui.goto();
  await ui.page
    .getByRole('button', { name: /^(Create grant|New grant)$/ })
    .first()
    .click();
  await ui.dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await ui.choose('Grantor', /^Contoso Foods/);
  await ui.pick('Grantees', 'Dana', /^Dana \(supporter\)/);
  await ui.pick('Item 1 devices', device, new RegExp(`^${device}`));
}

test('a new grant’s preview names the levels, the device, the end and the typed name', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const ui = new GrantsPage(page);
  await newGrantForDana(ui, 'Reefer 13 for Dana', 'Reefer 13');
  await ui.dialog.getByRole('checkbox', { name: 'edit' }).check();
  await ui.dialog.getByLabel('Expires', { exact: true }).fill('2030-01-31');
  await expect(ui.preview).toContainText(
    /Dana \(supporter\) gains read, edit and logs on device “Reefer 13”, until 2030-0[12]-\d\d \d\d:\d\d UTC, through the new grant “Reefer 13 for Dana”\./,
  );
  await expect(ui.preview).not.toContainText('record(s)');
});

test('a grant of what Dana already has says "no change" and what already gives it', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const ui = new GrantsPage(page);
  await newGrantForDana(ui, 'Reefer 12 again', 'Reefer 12');
  await expect(ui.preview).toContainText(
    /No change for Dana \(supporter\): already has read, edit and logs on device “Reefer 12” through grant “Reefer 12 support for Dana”: read, edit, until /,
  );
});

test('why not: Dana and Reefer 11 names the expired contributor assignment, and Extend restores the access', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const explorer = new ExplorerPage(page);
  await explorer.goto({ cid: DANA, type: 'devices' });
  await explorer.askWhyByName('Reefer 11', 'Reefer 11 (#311)');
  await expect(explorer.explanation).toContainText('is not reachable');
  // The field keeps naming what was picked, not its bare id; asking by id names it once answered.
  await expect(explorer.whyId).toHaveValue('Reefer 11 (#311)');
  await explorer.askWhy(311);
  await expect(explorer.whyId).toHaveValue('Reefer 11 (#311)');
  // In words and names: no status, code, type or id in the sentence (they are shown small beside it).
  await expect(explorer.explanation).toContainText('Dana (supporter) cannot see Reefer 11: it is outside its own branch');
  await expect(explorer.explanation).not.toContainText('Refused');
  await expect(explorer.explanation).toContainText(
    'Nearest: the assignment of role “contributor” for Dana (supporter) on account Contoso Foods and below ended',
  );
  await explorer.explanation.getByRole('button', { name: /^Extend the assignment of role “contributor”/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('region', { name: 'What changes' })).toContainText(
    /Dana \(supporter\) gains .*“Reefer 11”.*, until .* UTC, through the assignment of role “contributor” for Dana \(supporter\) on account Contoso Foods and below as changed\./,
  );
  await expectNoSeriousA11yViolations(page, 'the Extend dialog opened from "why not?"', DIALOG);
  await dialog.getByRole('button', { name: 'Extend', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(explorer.explanation).toContainText('is reachable');
  await expect(explorer.explanation).toContainText('Allowed by: role “contributor” on account Contoso Foods and below, until');

  // Dana herself now sees Reefer 11.
  const asDana = await page.context().newPage();
  await signIn(asDana, 'dana');
  const devices = new InstancesPage(asDana, 'devices');
  await devices.gotoList('?size=100');
  expect(await devices.listedNames()).toContain('Reefer 11');
  await asDana.close();
});

test('reasons name grants with their end, and an ACL token’s entry by device name (logs included)', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const explorer = new ExplorerPage(page);
  await explorer.goto({ cid: DANA, type: 'devices' });
  await expect(explorer.reasonLinks(explorer.row('devices', 'Reefer 12'))).toHaveText([/^grant “Reefer 12 support for Dana”: read, edit, until /]);
  await explorer.goto({ token: 4, type: 'devices' });
  await expect(explorer.reasons(explorer.row('devices', 'NW Truck 1'))).toContainText([
    'access list: read on devices “NW Truck 1” and “NW Truck 2”, with logs and every other submodule alike',
  ]);
});
