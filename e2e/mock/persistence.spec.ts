import { paths } from '../../src/lib/paths';
import { readFileSync } from 'node:fs';
import { callApi, expect, personaKey, signIn, test } from '../fixtures';

const admin = personaKey('acme-admin');

test.describe('the mock backend keeps its world', () => {
  test('a change survives a reload, and "Reset demo data" brings the demo world back', async ({ page }) => {
    await signIn(page, 'acme-admin', { stay: true });
    await page.goto(paths.list.getHref('devices'));
    await expect(page.getByText('Acme demo unit 1')).toBeVisible();

    const renamed = await callApi(page, admin, 'PATCH', '/gw/devices/100', { name: 'Unit renamed before reload' });
    expect(renamed.status).toBe(200);
    await page.reload();
    await expect(page.getByText('Unit renamed before reload')).toBeVisible();

    await page.getByRole('button', { name: 'Demo data' }).click();
    await page.getByRole('dialog', { name: 'Demo data' }).getByRole('button', { name: 'Reset demo data' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The demo world was restored.' })).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.reload();
    await expect(page.getByText('Acme demo unit 1')).toBeVisible();
    await expect(page.getByText('Unit renamed before reload')).toHaveCount(0);
  });

  test('what an answer acknowledges is stored before it: a reload right after a burst of writes keeps every one', async ({ page }) => {
    await signIn(page, 'acme-admin', { stay: true });
    const names = Array.from({ length: 12 }, (_, i) => `Burst unit ${i + 1}`);
    await page.evaluate(
      async ({ key, names }) => {
        const headers = { Authorization: `FlespiToken ${key}`, 'Content-Type': 'application/json' };
        // Each answer arrives before the next request; the reload follows the last answer at once.
        for (const name of names) {
          const res = await fetch('/gw/devices', { method: 'POST', headers, body: JSON.stringify([{ name, device_type_id: 1 }]) });
          if (res.status !== 200) throw new Error(`${name}: ${res.status}`);
        }
        location.reload();
      },
      { key: admin, names },
    );
    await page.waitForEvent('load');
    await page.goto('/devices?size=100');
    for (const name of names) await expect(page.getByText(name, { exact: true })).toBeVisible();
  });

  test('a stored world that cannot be read is kept, said so, offered for download, and listed in Demo data after a reload', async ({ page }) => {
    // A file of the panel's origin that is not the panel: the storage is planted before any backend runs.
    await page.goto('/mockServiceWorker.js');
    const damaged = { version: 1, world: 'damaged by a test' };
    await page.evaluate(async (value) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        // The first layout of the database (one store): the panel must open it and keep what it holds.
        const req = indexedDB.open('iot-access-panel-mock', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('state');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('open'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('state', 'readwrite');
        tx.objectStore('state').put(value, 'current');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('put'));
      });
      db.close();
    }, damaged);
    await page.goto(paths.login.getHref());
    await expect(page.getByRole('status').filter({ hasText: 'kept, not deleted' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the saved data' }).click();
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ state: damaged, journal: [] });

    // Still reachable after a reload, from the Demo data dialog: listed (when, size, why) and downloadable.
    await signIn(page, 'acme-admin', { stay: true });
    await page.reload();
    await page.getByRole('button', { name: 'Demo data' }).click();
    const kept = page.getByRole('dialog', { name: 'Demo data' }).getByRole('list', { name: 'Kept worlds' });
    await expect(kept.getByRole('listitem')).toHaveCount(1);
    await expect(kept.getByText(/could not be read/)).toBeVisible();
    const again = page.waitForEvent('download');
    await kept.getByRole('button', { name: /^Download the world kept/ }).click();
    expect(JSON.parse(readFileSync(await (await again).path(), 'utf8'))).toEqual({ state: damaged, journal: [] });
    await kept.getByRole('button', { name: /^Delete the world kept/ }).click();
    await kept.getByRole('button', { name: /^Delete for good/ }).click();
    await expect(page.getByText('Nothing kept: no saved world was ever set aside.')).toBeVisible();
  });

  test('a change in one tab shows in the other without a reload', async ({ page, context }) => {
    await signIn(page, 'acme-admin', { stay: true });
    const other = await context.newPage();
    await other.goto(paths.list.getHref('devices'));
    await expect(other.getByText('Acme demo unit 2')).toBeVisible();

    expect((await callApi(page, admin, 'PATCH', '/gw/devices/101', { name: 'Renamed in the first tab' })).status).toBe(200);
    await expect(other.getByText('Renamed in the first tab')).toBeVisible();
  });
});

test('only a root master token is offered the demo data actions', async ({ page }) => {
  await signIn(page, 'northwind-ops');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Demo data' })).toHaveCount(0);
  expect((await callApi(page, personaKey('northwind-ops'), 'POST', '/mock/reset')).status).toBe(403);
});
