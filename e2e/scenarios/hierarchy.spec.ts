/**
 * Issue 7: the hierarchy — a parent manages its child's items and acts as the child; a child never
 * sees its parent's items. Lists are compared with the API for the same principal.
 */
import type { Page } from '@playwright/test';
import { callApi, createMasterToken, expect, personaKey, signIn, signInWith, test } from '../fixtures';
import { InstancesPage } from '../pages/InstancesPage';

const ADMIN = personaKey('acme-admin');
const NORTHWIND = 1004;

interface Device {
  id: number;
  cid: number;
  name: string;
}

const apiDevices = async (page: Page, key: string, cid?: number): Promise<Device[]> =>
  (await callApi<Device>(page, key, 'GET', '/gw/devices/all', undefined, { cid })).body.result ?? [];

test("the root renames a child's device from the list, then acts as the child and sees the child's view", async ({ page, shell }) => {
  await signIn(page, 'acme-admin');
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoList('?size=100', { inApp: true });
  await devices.table.getByRole('link', { name: 'NW Truck 2' }).click();
  await expect(devices.heading).toHaveText('NW Truck 2');
  await devices.action('Edit').click();
  await devices.dialog.getByRole('textbox', { name: 'Name' }).fill('NW Truck 2 (spare)');
  await devices.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(devices.toast).toHaveText('Device renamed to “NW Truck 2 (spare)”');
  // The child's own token sees the change.
  expect((await apiDevices(page, personaKey('northwind-ops'))).map((d) => d.name)).toContain('NW Truck 2 (spare)');

  await shell.actingAccount.click();
  await page.getByRole('menuitem', { name: /^Northwind Logistics/ }).click();
  await expect(shell.actingAccount).toHaveText('Acting as Northwind Logistics');
  await devices.gotoList('?size=100', { inApp: true });
  const asChild = await apiDevices(page, ADMIN, NORTHWIND);
  await expect.poll(async () => (await devices.listedNames()).sort()).toEqual(asChild.map((d) => d.name).sort());
  const root = await apiDevices(page, ADMIN);
  expect(asChild.length).toBeLessThan(root.length);
});

test("a child's master token never sees its parent's items", async ({ page, context }) => {
  await signIn(page, 'acme-admin');
  const { key } = await createMasterToken(page, NORTHWIND, 'e2e Northwind master');
  const rootOwn = (await apiDevices(page, ADMIN)).filter((d) => d.cid === 1000);
  expect(rootOwn.length).toBeGreaterThan(0);

  const child = await context.newPage();
  await signInWith(child, key);
  const devices = new InstancesPage(child, 'devices');
  await devices.gotoList('?size=100', { inApp: true });
  const seen = await apiDevices(child, key);
  expect((await devices.listedNames()).sort()).toEqual(seen.map((d) => d.name).sort());
  expect(seen.filter((d) => d.cid === 1000)).toEqual([]);
  await devices.gotoDetail(rootOwn[0]?.id ?? 0, '', { inApp: true });
  await expect(devices.heading).toHaveText('Not found');
  // No way up: the parent is not an account it may act as.
  const actable = (await callApi<{ id: number }>(child, key, 'GET', `/platform/access/${NORTHWIND}/accounts`)).body.result ?? [];
  expect(actable.map((a) => a.id)).not.toContain(1000);
  expect((await callApi(child, key, 'GET', '/gw/devices/all', undefined, { cid: 1000 })).status).toBe(403);
});
