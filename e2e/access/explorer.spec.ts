/**
 * The access explorer on the demo world (../shared/spec/demo-world.md): each reason shown equals the
 * API's answer for the same subject, and a few facts of the access model hold by reasoning ("who has access": `whoHasAccess.spec.ts`).
 */
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../../src/features/access/explorer/csv';
import { callApi, expect, signIn, test } from '../fixtures';
import { ExplorerPage } from '../pages/ExplorerPage';
import { ADMIN, DANA, NORTHWIND, SUPPORT, expectTableEqualsApi, trackItTokenId } from './explorerRows';

test.describe('access explorer', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'acme-admin');
  });

  test('Dana: the role over Northwind gives its trucks, grant #2 gives Reefer 12 read + edit', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.goto({ cid: DANA, type: 'devices' });
    await expectTableEqualsApi(explorer, 'devices', `${DANA}?type=devices`);
    // By the access model: grant 2 (Contoso → Dana) on Reefer 12 with read + edit = read, update, logs.
    const reefer = explorer.row('devices', 'Reefer 12');
    await expect(reefer.getByRole('cell').nth(3)).toHaveText('read, update, logs');
    await expect(explorer.reasonLinks(reefer)).toHaveText([/^grant “Reefer 12 support for Dana”: read, edit, until /]);
    await expect(explorer.reasonLinks(reefer).first()).toHaveAttribute('href', '/access/grants/2');
    // Assignment 1: reader over Northwind → read only on NW Truck 1..3, linked to the role's assignments.
    for (const truck of ['NW Truck 1', 'NW Truck 2', 'NW Truck 3']) {
      const row = explorer.row('devices', truck);
      await expect(row.getByRole('cell').nth(3)).toHaveText('read');
      await expect(explorer.reasonLinks(row)).toHaveText([/^role “reader” on account Northwind Logistics and below, until /]);
      await expect(explorer.reasonLinks(row).first()).toHaveAttribute('href', '/access/roles/3/assignments');
    }
    // Nothing else of Contoso (grant 2 is for one device only; assignment 2 has expired).
    await expect(explorer.row('devices', 'Reefer 11')).toHaveCount(0);
    await expect(explorer.row('devices', 'Reefer 13')).toHaveCount(0);
  });

  test('Dana: filters by source and permission live in the URL and equal the API', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.goto({ cid: DANA, type: 'devices' });
    await expect(explorer.rows('devices')).not.toHaveCount(0);
    await explorer.filterSource('Grant');
    await expect(page).toHaveURL(/source=grant/);
    await expectTableEqualsApi(explorer, 'devices', `${DANA}?type=devices&source=grant`);
    await explorer.filterSource('Role assignment');
    await expect(page).toHaveURL(/source=role/);
    await expectTableEqualsApi(explorer, 'devices', `${DANA}?type=devices&source=role`);
    await page.goto('/access/explorer?cid=1007&type=devices&permission=update');
    await expect(explorer.permission).toHaveText('update');
    await expectTableEqualsApi(explorer, 'devices', `${DANA}?type=devices&permission=update`);
  });

  test('Northwind: grant #1 gives the channel read, grant #3 gives Fleet App calcs', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.goto({ cid: NORTHWIND, type: 'channels' });
    await expectTableEqualsApi(explorer, 'channels', `${NORTHWIND}?type=channels`);
    const channel = explorer.row('channels', 'Main Teltonika');
    // Read of a channel includes its logs (access model: logs come with read for devices and channels).
    await expect(channel.getByRole('cell').nth(3)).toHaveText('read, logs');
    await expect(explorer.reasonLinks(channel)).toHaveText(['grant “Main Teltonika for Northwind”: read']);
    await explorer.openType('calcs');
    await expect(page).toHaveURL(/type=calcs/);
    const calcs = await expectTableEqualsApi(explorer, 'calcs', `${NORTHWIND}?type=calcs`);
    expect(calcs.map((c) => c.name).sort()).toEqual(['Fuel usage', 'Trips']);
    for (const name of ['Trips', 'Fuel usage'])
      await expect(explorer.reasonLinks(explorer.row('calcs', name))).toHaveText(['grant “Fleet app calcs for Northwind”: read']);
    await explorer.openType('devices');
    await expectTableEqualsApi(explorer, 'devices', `${NORTHWIND}?type=devices`);
    await expect(explorer.reasonLinks(explorer.row('devices', 'NW Truck 1'))).toHaveText(['own: account Northwind Logistics']);
  });

  test('Support operates Northwind through grant #5 (operate-as)', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await page.goto('/access/explorer?cid=1006&type=devices&source=operate-as');
    await expect(explorer.source).toHaveText('Operate-as');
    await expectTableEqualsApi(explorer, 'devices', `${SUPPORT}?type=devices&source=operate-as`);
    await expect(explorer.reasonLinks(explorer.row('devices', 'NW Truck 2'))).toContainText([
      'grant “Support operates Northwind” operate-as on subaccount Northwind Logistics',
    ]);
    await expect(explorer.reasonLinks(explorer.row('devices', 'NW Truck 2')).first()).toHaveAttribute('href', '/access/grants/5');
  });

  test('TrackIt link: an ACL token sees what its account sees, through its access list', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.goto();
    const token = await trackItTokenId(page);
    await explorer.chooseSubject(/^TrackIt link/);
    await expect(page).toHaveURL(new RegExp(`token=${token}`));
    const entries = await expectTableEqualsApi(explorer, 'devices', `1000?type=devices&token=${token}`);
    // Contoso's own reefers, and the Lab sensor of Cold Chain Lab via grant 4 (whole-subaccount read).
    expect(entries.map((e) => e.name).sort()).toEqual(['Lab sensor', 'Reefer 11', 'Reefer 12', 'Reefer 13']);
    const reefer = explorer.row('devices', 'Reefer 11');
    await expect(explorer.reasonLinks(reefer)).toHaveText([
      'own: account Contoso Foods',
      'access list: read on every device its account reaches, with only the messages (read) and telemetry (read) submodules, not logs',
    ]);
    await expect(explorer.reasonLinks(reefer).last()).toHaveAttribute('href', `/access/tokens/${token}`);
    // GET only: read, and no update even on its own account's devices.
    await expect(reefer.getByRole('cell').nth(3)).toHaveText('read');
    await expect(explorer.reasonLinks(explorer.row('devices', 'Lab sensor')).first()).toHaveText(
      'grant “Cold Chain Lab for Contoso” on subaccount Cold Chain Lab: read',
    );
    // No access list entry for channels: nothing.
    await explorer.openType('channels');
    await expect(page.getByText('No channels reachable')).toBeVisible();
  });

  test('why not: an instance Dana cannot reach shows the permission module explanation', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.goto({ cid: DANA, type: 'devices' });
    await explorer.askWhy(313);
    await expect(page).toHaveURL(/why=313/);
    const api = await callApi<{ explanation: string; allowed: boolean }>(page, ADMIN, 'GET', `/platform/access/${DANA}/why?type=devices&id=313`);
    expect(api.body.result?.[0]?.allowed).toBe(false);
    await expect(explorer.explanation).toContainText(api.body.result?.[0]?.explanation ?? 'missing');
    await expect(explorer.explanation).toContainText('Dana (supporter) cannot see Reefer 13: it is outside its own branch');
    // The status and the code, for those who need them, beside the sentence rather than in it.
    await expect(explorer.explanation.getByText('404 · not-visible')).toBeVisible();
    await explorer.askWhy(312);
    await expect(explorer.explanation).toContainText('is reachable');
    await expect(explorer.explanation).toContainText('Allowed by: grant “Reefer 12 support for Dana”: read, until');
    // By name: the picker lists what the signed-in admin sees, and picking one asks at once.
    await explorer.askWhyByName('reefer 1', 'Reefer 13 (#313)');
    await expect(page).toHaveURL(/why=313/);
    await expect(explorer.explanation).toContainText('is not reachable');
    await explorer.whyId.fill('no such thing');
    await explorer.explain.click();
    await expect(page.getByText('Instance: enter a positive whole number (an id), or pick one of devices by name.')).toBeVisible();
  });

  test('CSV export downloads the rows shown', async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.goto({ cid: DANA, type: 'devices' });
    await expect(explorer.rows('devices')).not.toHaveCount(0);
    const shown = await explorer.shownCells('devices');
    const [download] = await Promise.all([page.waitForEvent('download'), explorer.exportCsv.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const path = await download.path();
    const rows = parseCsv(await readFile(path, 'utf8'));
    expect(rows[0]).toEqual(['Type', 'Id', 'Name', 'Account', 'Permissions', 'Reasons']);
    expect(rows.slice(1)).toEqual(shown);
  });
});
