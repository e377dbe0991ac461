/**
 * One owner of the stored world at a time, even where a browser cannot share one backend between tabs
 * (no SharedWorker: each tab starts its own dedicated worker). The newest backend claims the store; the
 * older one stops writing (503), and its tab says to reload; a reload makes that tab the owner again.
 */
import { paths } from '../../src/lib/paths';
import type { Page } from '@playwright/test';
import { callApi, expect, personaKey, signIn, test } from '../fixtures';

const admin = personaKey('acme-admin');
const replaced = (page: Page) => page.getByRole('status').filter({ hasText: 'replaced by a newer one' });

test('without SharedWorker, the newest tab owns the world and the older one is told to reload', async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'SharedWorker', { value: undefined, configurable: true });
  });
  await signIn(page, 'acme-admin', { stay: true });
  expect((await callApi(page, admin, 'PATCH', '/gw/devices/100', { name: 'Written by the first tab' })).status).toBe(200);

  const second = await context.newPage();
  await second.goto(paths.list.getHref('devices'));
  await expect(second.getByText('Written by the first tab')).toBeVisible();
  await expect(replaced(page)).toBeVisible();
  const refused = await callApi(page, admin, 'PATCH', '/gw/devices/101', { name: 'Lost by the first tab' });
  expect(refused.status).toBe(503);
  expect(refused.body.errors?.[0]?.reason).toMatch(/reload/);
  expect((await callApi(second, admin, 'PATCH', '/gw/devices/101', { name: 'Written by the second tab' })).status).toBe(200);

  await page.goto(paths.list.getHref('devices'));
  await expect(page.getByText('Written by the second tab')).toBeVisible();
  await expect(replaced(second)).toBeVisible();
  await expect(page.getByText('Lost by the first tab')).toHaveCount(0);
});
