/**
 * Issues 5, 6 and 7: the role catalog, custom roles, and role assignments — assign (with the what-if
 * preview), the effect as the subject, expiry, revoke — checked against the API for the same principal.
 */
import type { Page } from '@playwright/test';
import type { Role, RoleAssignment } from '../../src/domain/types';
import type { AccessEntry } from '../../src/permissions';
import { accessChange, accessOf } from '../accessDiff';
import { DIALOG, expectNoSeriousA11yViolations } from '../a11y/axe';
import { callApi, expect, personaKey, signIn, test } from '../fixtures';
import { InstancesPage } from '../pages/InstancesPage';
import { RolesPage } from '../pages/RolesPage';

const ADMIN = personaKey('acme-admin');
const DANA = 1007;
const CONTOSO = 1005;

const list = async <T>(page: Page, path: string, key = ADMIN): Promise<T[]> => (await callApi<T>(page, key, 'GET', path)).body.result ?? [];

test('the catalog equals the API; a custom role is created with validation, edited, and deleted while unused', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const roles = new RolesPage(page);
  await roles.gotoCatalog();
  const api = await list<Role>(page, '/platform/roles/all');
  expect((await roles.firstCells(roles.catalog)).sort()).toEqual(api.map((r) => r.name).sort());

  // Built-in roles are read-only.
  await roles.catalog.getByRole('link', { name: 'reader', exact: true }).click();
  await expect(roles.heading).toHaveText('reader');
  await expect(roles.main.getByText('Built-in role: it cannot be changed.')).toBeVisible();
  await expect(roles.button('Edit')).toHaveCount(0);
  await expect(roles.button('Delete')).toHaveCount(0);

  await roles.gotoCatalog();
  await roles.button('Create role').click();
  await roles.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(roles.dialog.getByText('Name must not be empty.')).toBeVisible();
  await expect(roles.dialog.getByText('Permissions: pick at least one.')).toBeVisible();
  expect(await list<Role>(page, '/platform/roles/all')).toHaveLength(api.length);

  await roles.dialog.getByRole('textbox', { name: 'Name' }).fill('<b>Night shift</b>');
  await roles.dialog.getByRole('checkbox', { name: 'devices:read' }).check();
  await expectNoSeriousA11yViolations(page, 'the Create role dialog', DIALOG);
  await roles.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(roles.toast).toContainText('Role “<b>Night shift</b>” created');
  await expect(roles.heading).toHaveText('<b>Night shift</b>');
  const created = (await list<Role>(page, '/platform/roles/all')).find((r) => r.name === '<b>Night shift</b>');
  expect(created?.permissions).toEqual(['devices:read']);

  await roles.button('Edit').click();
  await roles.dialog.getByRole('checkbox', { name: 'devices:command' }).check();
  await roles.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(roles.toast).toContainText('saved');
  await expect(roles.main.getByText('command')).toBeVisible();
  expect((await list<Role>(page, `/platform/roles/${created?.id}`))[0]?.permissions.sort()).toEqual(['devices:command', 'devices:read']);

  await roles.button('Delete').click();
  await expect(roles.dialog).toContainText('nobody loses access');
  await expectNoSeriousA11yViolations(page, 'the Delete role dialog', DIALOG);
  await roles.dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(roles.toast).toContainText('deleted');
  await expect(page).toHaveURL(/\/access\/roles$/);
  expect((await list<Role>(page, '/platform/roles/all')).map((r) => r.id)).not.toContain(created?.id);
});

test('assigning a role previews what the subject gains, which is what it then gets; revoking previews the loss', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const roles = new RolesPage(page);
  await roles.gotoAssignments();
  const before = await accessOf(page, DANA);

  await roles.button('Assign role').click();
  await roles.dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(roles.dialog.getByText('Role: pick one.')).toBeVisible();
  await expect(roles.dialog.getByText('Subject: pick the account that gets the role.')).toBeVisible();
  await expect(roles.dialog.getByText('Scope: pick an account.')).toBeVisible();

  await roles.choose('Role', 'reader');
  await roles.choose('Subject', /^Dana \(supporter\)/);
  await roles.choose('Scope account', /^Contoso Foods/);
  await roles.dialog.getByLabel('Expires').fill('2020-01-01');
  await roles.dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(roles.dialog.getByText('Expires: the date must be in the future.')).toBeVisible();
  await roles.dialog.getByLabel('Expires').fill('');

  const preview = roles.dialog.getByRole('region', { name: 'What changes' });
  await expect(preview).toContainText('Dana (supporter) gains');
  const previewText = (await preview.innerText()).replace(/\s+/g, ' ');
  await expectNoSeriousA11yViolations(page, 'the Assign role dialog', DIALOG);
  await roles.dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(roles.toast).toContainText('Role “reader” assigned to Dana (supporter)');
  await expect(roles.dialog).toHaveCount(0);

  const after = await accessOf(page, DANA);
  const change = accessChange(before, after);
  expect(change.gained.length).toBeGreaterThan(0);
  expect(change.lost).toEqual([]);
  // In plain words: the levels, the devices by name, the end and the assignment.
  expect(previewText).toMatch(
    /Dana \(supporter\) gains .*read on devices “Reefer 11” and “Reefer 13”.*, with no end date, through the new assignment of role “reader” for Dana \(supporter\) on account Contoso Foods and below\./,
  );
  const made = (await list<RoleAssignment>(page, '/platform/role-assignments/all')).find(
    (a) => a.subject_cid === DANA && a.scope === `/accounts/${CONTOSO}` && a.role_id === 3,
  );
  expect(made?.expire).toBe(0);
  const row = roles.assignments.getByRole('row', { name: /reader.*Dana \(supporter\).*account Contoso Foods and below.*Active/ });
  await expect(row).toBeVisible();

  // As the subject: Dana's own token now lists Contoso's devices, as the API says.
  const danaDevices = await list<{ name: string }>(page, '/gw/devices/all', personaKey('dana'));
  expect(danaDevices.map((d) => d.name)).toContain('Reefer 11');
  const asDana = await page.context().newPage();
  await signIn(asDana, 'dana');
  const devices = new InstancesPage(asDana, 'devices');
  await devices.gotoList('?size=100');
  expect((await devices.listedNames()).sort()).toEqual(danaDevices.map((d) => d.name).sort());
  await asDana.close();

  // Revoke: the confirmation shows the loss first.
  await row.getByRole('button', { name: 'Revoke reader from Dana (supporter)' }).click();
  const loss = roles.dialog.getByRole('region', { name: 'What changes' });
  await expect(loss).toContainText(
    /Dana \(supporter\) loses .*read on devices “Reefer 11” and “Reefer 13”.*\(removing the assignment of role “reader” for Dana \(supporter\) on account Contoso Foods and below\)\./,
  );
  await roles.dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(roles.toast).toContainText('Role “reader” revoked from Dana (supporter)');
  expect(accessChange(before, await accessOf(page, DANA))).toEqual({ gained: [], lost: [], changed: [] });
});

test('expired assignments are shown as such and give nothing; one that lapses moves to Expired', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const roles = new RolesPage(page);
  const now = Math.floor(Date.now() / 1000);
  const all = await list<RoleAssignment>(page, '/platform/role-assignments/all');
  const lapsing = await callApi<RoleAssignment>(page, ADMIN, 'POST', '/platform/role-assignments', [
    { role_id: 4, subject_cid: DANA, scope: `/accounts/${CONTOSO}/devices/311`, expire: now + 3 },
  ]);
  expect(lapsing.status).toBe(200);
  const id = lapsing.body.result?.[0]?.id;
  const reached = async () => (await list<AccessEntry>(page, `/platform/access/${DANA}?type=devices&source=role`)).some((e) => e.id === 311);
  expect(await reached()).toBe(true);
  await expect.poll(reached, { timeout: 10_000 }).toBe(false);

  await roles.gotoAssignments('?state=expired');
  const expired = [...all.filter((a) => a.expire !== 0 && a.expire <= now), ...(id ? [{ id }] : [])];
  await expect(roles.assignments.getByRole('row')).toHaveCount(expired.length + 1);
  await expect(roles.assignments.getByRole('row', { name: /devices-operator.*Dana \(supporter\).*devices #311 of Contoso Foods.*Expired/ })).toBeVisible();
  await expect(roles.main.getByRole('combobox', { name: 'State' })).toHaveText('Expired');
});
