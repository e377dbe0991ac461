/**
 * Issue 7: the sharing document's flows (../shared/seeds/): full access by a master token handed over as
 * an access link; tool access by ACL tokens (listed devices only; submodules only as listed).
 */
import type { Page } from '@playwright/test';
import { callApi, expect, personaKey, signIn, test } from '../fixtures';
import { AppShell } from '../pages/AppShell';
import { InstancesPage } from '../pages/InstancesPage';
import { TokenDetail, TokensPage } from '../pages/TokensPage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const names = async (page: Page, key: string, path: string) =>
  ((await callApi<{ name: string }>(page, key, 'GET', path)).body.result ?? []).map((i) => i.name).sort();

test('full access: a master token made on the Tokens screen, sent as an access link, opens the whole panel', async ({ page, context }) => {
  await signIn(page, 'acme-admin');
  const tokens = new TokensPage(page);
  await tokens.goto();
  await tokens.newToken.click();
  await tokens.dialog.info.fill('For a colleague');
  await tokens.dialog.choose(tokens.dialog.kind, /^Master/);
  await tokens.dialog.submit.click();
  await expect(page).toHaveURL(/\/access\/tokens\/\d+$/);
  await new TokenDetail(page).copyLink.click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const key = new URL(link).searchParams.get('token') ?? '';
  expect(link).toBe(`${new URL(page.url()).origin}/login?token=${key}`);

  const colleague = await context.newPage();
  await colleague.goto(link);
  const shell = new AppShell(colleague);
  await expect(shell.identity).toContainText('Master token');
  expect(colleague.url()).not.toContain(key);
  await expect(shell.menuSection('Access Management')).toBeVisible();
  const devices = new InstancesPage(colleague, 'devices');
  await devices.gotoList('?size=100', { inApp: true });
  expect((await devices.listedNames()).sort()).toEqual(await names(colleague, key, '/gw/devices/all'));
  expect(await names(colleague, key, '/gw/devices/all')).toEqual(await names(colleague, personaKey('acme-admin'), '/gw/devices/all'));
});

test('tool access: the Toolbox link reaches its listed devices only', async ({ page }) => {
  await signIn(page, 'toolbox-link');
  const key = personaKey('toolbox-link');
  const listed = await names(page, key, '/gw/devices/all');
  expect(listed).toHaveLength(2);
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoList('', { inApp: true });
  expect((await devices.listedNames()).sort()).toEqual(listed);
  // A device of the same account that the ACL does not list does not exist for it.
  const all = (await callApi<{ id: number; cid: number; name: string }>(page, personaKey('acme-admin'), 'GET', '/gw/devices/all')).body.result ?? [];
  const unlisted = all.find((d) => d.cid === 1004 && !listed.includes(d.name));
  await devices.gotoDetail(unlisted?.id ?? 0, '', { inApp: true });
  await expect(devices.heading).toHaveText('Not found');
  expect((await callApi(page, key, 'GET', `/gw/devices/${unlisted?.id}`)).status).toBe(404);
});

test('tool access: the TrackIt link reads devices with messages and telemetry, and no other submodule', async ({ page }) => {
  await signIn(page, 'trackit-link');
  const key = personaKey('trackit-link');
  const devices = (await callApi<{ id: number; name: string }>(page, key, 'GET', '/gw/devices/all')).body.result ?? [];
  expect(devices.length).toBeGreaterThan(0);
  const first = devices[0];
  const detail = new InstancesPage(page, 'devices');
  await detail.gotoDetail(first?.id ?? 0, '', { inApp: true });
  await expect(detail.heading).toHaveText(first?.name ?? '?');
  await expect(detail.action('Edit')).toHaveCount(0);
  await expect(detail.action('Send command')).toHaveCount(0);
  await expect(detail.main.getByRole('tab', { name: 'Logs' })).toHaveCount(0);
  const commands = await callApi(page, key, 'POST', `/gw/devices/${first?.id}/commands`, [{ name: 'ping' }]);
  expect(commands.status).toBe(403);
  expect(commands.body.errors?.[0]?.reason).toMatch(/commands/);
  const logs = await callApi(page, key, 'GET', `/gw/devices/${first?.id}/logs`);
  expect(logs.status).toBe(403);
});
