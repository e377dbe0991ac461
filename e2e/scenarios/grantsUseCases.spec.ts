/**
 * Issue 7: the use cases of the grants document (../shared/seeds/), on the demo world's grants #1–#5,
 * through the UI as each principal would use it; every list is compared with the API's answer for the
 * same principal.
 */
import type { Page } from '@playwright/test';
import { callApi, createMasterToken, expect, personaKey, selectOption, signIn, signInWith, test } from '../fixtures';
import { AppShell } from '../pages/AppShell';
import { InstancesPage } from '../pages/InstancesPage';
import type { InstanceTypeName } from '../pages/InstancesPage';

const NORTHWIND = 1004;
const CONTOSO = 1005;
const SUPPORT = 1006;
const COLD_CHAIN_LAB = 1008;

interface Named {
  id: number;
  cid: number;
  name: string;
}

const apiList = async (page: Page, key: string, type: InstanceTypeName, cid?: number): Promise<Named[]> =>
  (await callApi<Named>(page, key, 'GET', `/gw/${type}/all`, undefined, { cid })).body.result ?? [];

/** The list screen shows exactly the API's names for the principal. */
async function expectListMatchesApi(page: Page, key: string, type: InstanceTypeName, cid?: number): Promise<Named[]> {
  const api = await apiList(page, key, type, cid);
  const list = new InstancesPage(page, type);
  await list.gotoList('?size=100', { inApp: true });
  await expect.poll(async () => (await list.listedNames()).sort(), { message: type }).toEqual(api.map((i) => i.name).sort());
  return api;
}

/** Signs in on a new tab of the same browser (same mock world) with a master token the root admin makes for `cid`. */
async function signInAsMasterOf(page: Page, cid: number, info: string): Promise<{ tab: Page; key: string }> {
  const { key } = await createMasterToken(page, cid, info);
  const tab = await page.context().newPage();
  await signInWith(tab, key);
  return { tab, key };
}

test("a channel of a higher account used by a lower subaccount, and an application's calcs given to a client", async ({ page }) => {
  await signIn(page, 'northwind-ops');
  const key = personaKey('northwind-ops');
  const channels = await expectListMatchesApi(page, key, 'channels');
  const teltonika = channels.find((c) => c.name === 'Main Teltonika');
  expect(teltonika?.cid).not.toBe(NORTHWIND); // the root's channel, reached through grant #1
  const channel = new InstancesPage(page, 'channels');
  await channel.gotoDetail(teltonika?.id ?? 0, '', { inApp: true });
  await expect(channel.heading).toHaveText('Main Teltonika');
  await expect(channel.action('Edit')).toHaveCount(0);
  await expect(channel.action('Delete')).toHaveCount(0);

  // Grant #3: Fleet App's calcs; Cold Chain App's stay hidden. (Assigning own devices: instances/actions.spec.ts.)
  const calcs = await expectListMatchesApi(page, key, 'calcs');
  expect(calcs.map((c) => c.name).sort()).toEqual(['Fuel usage', 'Trips']);
});

test('a supporter with read and edit on one client device sees its logs, and nothing else of the client', async ({ page }) => {
  await signIn(page, 'dana');
  const key = personaKey('dana');
  const devices = await expectListMatchesApi(page, key, 'devices');
  expect(devices.filter((d) => d.cid === CONTOSO).map((d) => d.name)).toEqual(['Reefer 12']);
  for (const type of ['channels', 'calcs', 'streams'] as const) {
    expect(
      (await expectListMatchesApi(page, key, type)).filter((i) => i.cid === CONTOSO),
      type,
    ).toEqual([]);
  }

  const reefer = new InstancesPage(page, 'devices');
  await reefer.gotoDetail(312, '', { inApp: true });
  await expect(reefer.heading).toHaveText('Reefer 12');
  await expect(reefer.action('Delete')).toHaveCount(0);
  await reefer.action('Edit').click();
  await reefer.dialog.getByRole('textbox', { name: 'Name' }).fill('Reefer 12 (checked)');
  await reefer.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(reefer.toast).toHaveText('Device renamed to “Reefer 12 (checked)”');
  await reefer.main.getByRole('tab', { name: 'Logs' }).click();
  await expect(reefer.main.getByRole('table', { name: 'Device logs' }).getByRole('row', { name: /updated.*devices #312.*name/ })).toBeVisible();

  // Its neighbours of the same client do not exist for Dana.
  await reefer.gotoDetail(311, '', { inApp: true });
  await expect(reefer.heading).toHaveText('Not found');
  expect((await callApi(page, key, 'GET', '/gw/devices/311')).status).toBe(404);
});

test("whole-subaccount read with create-devices: Contoso sees Cold Chain Lab's devices and creates one there", async ({ page }) => {
  await signIn(page, 'acme-admin');
  const { tab, key } = await signInAsMasterOf(page, CONTOSO, 'e2e Contoso master');
  const devices = await expectListMatchesApi(tab, key, 'devices');
  const lab = devices.filter((d) => d.cid === COLD_CHAIN_LAB);
  expect(lab.map((d) => d.name)).toEqual(['Lab sensor']);
  const list = new InstancesPage(tab, 'devices');
  await list.gotoDetail(lab[0]?.id ?? 0, '', { inApp: true });
  await expect(list.action('Edit')).toHaveCount(0); // read, not edit

  await list.gotoList('', { inApp: true });
  await list.createButton('device').click();
  await selectOption(tab, list.dialog.getByRole('combobox', { name: 'Account' }), /^Cold Chain Lab/);
  await list.dialog.getByRole('textbox', { name: 'Name' }).fill('Lab probe');
  await list.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(list.toast).toHaveText('Device “Lab probe” created');
  const after = await apiList(tab, key, 'devices');
  expect(after.find((d) => d.name === 'Lab probe')?.cid).toBe(COLD_CHAIN_LAB);
});

test('operate-as: Support switches to Northwind and acts there as if it were its own child', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const { tab, key } = await signInAsMasterOf(page, SUPPORT, 'e2e Support master');
  const shell = new AppShell(tab);

  await shell.actingAccount.click();
  await tab.getByRole('menuitem', { name: /^Northwind Logistics.*operate-as grant/ }).click();
  await expect(shell.actingAccount).toHaveText('Acting as Northwind Logistics');
  const devices = await expectListMatchesApi(tab, key, 'devices', NORTHWIND);
  expect(devices.map((d) => d.name)).toContain('NW Truck 3');

  const truck = new InstancesPage(tab, 'devices');
  await truck.gotoDetail(devices.find((d) => d.name === 'NW Truck 3')?.id ?? 0, '', { inApp: true });
  await truck.action('Edit').click();
  await truck.dialog.getByRole('textbox', { name: 'Name' }).fill('NW Truck 3 (serviced)');
  await truck.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(truck.toast).toHaveText('Device renamed to “NW Truck 3 (serviced)”');
  expect((await apiList(page, personaKey('northwind-ops'), 'devices')).map((d) => d.name)).toContain('NW Truck 3 (serviced)');
});
