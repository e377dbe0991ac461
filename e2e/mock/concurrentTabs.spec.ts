/**
 * Never lose a write (issue 21): several tabs of one browser write at the same time; every change a tab
 * was answered 200 for is there for a fresh tab, and the audit log holds one record of each. Every writer
 * tab is closed first, so the backend worker ends and the fresh tab's world comes from IndexedDB (a fresh
 * backend claims the next epoch of the store: checked).
 */
import { paths } from '../../src/lib/paths';
import type { BrowserContext, Page } from '@playwright/test';
import { callApi, expect, personaKey, signIn, test } from '../fixtures';

const admin = personaKey('acme-admin');

interface Done {
  created: Array<{ id: number; name: string }>;
  renamed: Array<{ id: number; name: string }>;
  grants: Array<{ id: number; name: string }>;
  deletedGrants: number[];
}

/**
 * One tab's share of the work, `changes` writes in all: creates a device, then renames it while creating
 * a grant on it (two requests in flight), and deletes every other grant. Returns what was answered 200.
 */
function writeFrom(page: Page, tab: number, changes: number): Promise<Done> {
  return page.evaluate(
    async ({ key, tab, changes }) => {
      const headers = { Authorization: `FlespiToken ${key}`, 'Content-Type': 'application/json' };
      let sent = 0;
      const call = async (method: string, path: string, body?: unknown): Promise<Array<{ id: number }> | null> => {
        sent++;
        const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        const json = (await res.json()) as { result?: Array<{ id: number }> };
        return res.status === 200 ? (json.result ?? []) : null;
      };
      const done: Done = { created: [], renamed: [], grants: [], deletedGrants: [] };
      for (let unit = 0; sent < changes; unit++) {
        const name = `Tab ${tab} unit ${unit}`;
        const made = (await call('POST', '/gw/devices', [{ name, device_type_id: 1 }]))?.[0];
        if (!made || sent + 2 > changes) {
          if (made) done.created.push({ id: made.id, name });
          continue;
        }
        done.created.push({ id: made.id, name });
        const [renamed, granted] = await Promise.all([
          call('PATCH', `/gw/devices/${made.id}`, { name: `${name} renamed` }),
          call('POST', '/platform/grants', [{ name: `Tab ${tab} grant ${unit}`, items: [{ type: 'devices', ids: [made.id], access: ['read'] }] }]),
        ]);
        if (renamed) done.renamed.push({ id: made.id, name: `${name} renamed` });
        const grant = granted?.[0];
        if (!grant) continue;
        if (unit % 2 === 1 && sent < changes && (await call('DELETE', `/platform/grants/${grant.id}`))) done.deletedGrants.push(grant.id);
        else done.grants.push({ id: grant.id, name: `Tab ${tab} grant ${unit}` });
      }
      return done;
    },
    { key: admin, tab, changes },
  );
}

/** The owner epoch of the stored world: each backend that loads it claims the next one. */
const storedEpoch = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('iot-access-panel-mock');
        open.onerror = () => reject(open.error ?? new Error('open'));
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('epoch');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as number);
          };
          get.onerror = () => reject(get.error ?? new Error('get'));
        };
      }),
  );

async function concurrentWrites(context: BrowserContext, pages: Page[], total: number): Promise<void> {
  const per = total / pages.length;
  const results = await Promise.all(pages.map((p, i) => writeFrom(p, i, per)));
  // Every write is one a tab may make: all are acknowledged (a refusal would make this test prove less).
  const acknowledged = results.reduce((n, r) => n + r.created.length + r.renamed.length + r.grants.length + 2 * r.deletedGrants.length, 0);
  expect(acknowledged).toBe(total);

  // No tab left: the backend worker ends with the last one, and what the fresh tab reads was stored.
  const epoch = await storedEpoch(pages[0]!);
  for (const p of pages) await p.close();
  const fresh = await context.newPage();
  await fresh.goto('/devices?size=100');
  await expect(fresh.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(await storedEpoch(fresh), 'a fresh backend loaded the stored world').toBe(epoch + 1);
  const devices = new Map(
    (await callApi<{ id: number; name: string }>(fresh, admin, 'GET', '/gw/devices/all?fields=id,name')).body.result?.map((d) => [d.id, d.name]),
  );
  const grants = new Map(
    (await callApi<{ id: number; name: string }>(fresh, admin, 'GET', '/platform/grants/all?fields=id,name')).body.result?.map((g) => [g.id, g.name]),
  );
  const log = (await callApi<{ item_type: string; item_id: number; event: string }>(fresh, admin, 'GET', '/platform/customer/logs')).body.result ?? [];
  const records = (type: string, id: number, event: string) => log.filter((l) => l.item_type === type && l.item_id === id && l.event === event).length;
  for (const r of results) {
    for (const d of r.created) {
      const renamed = r.renamed.find((x) => x.id === d.id);
      expect(devices.get(d.id), `device ${d.id}`).toBe(renamed?.name ?? d.name);
      expect(records('devices', d.id, 'created'), `created ${d.id}`).toBe(1);
      if (renamed) expect(records('devices', d.id, 'updated'), `renamed ${d.id}`).toBe(1);
    }
    for (const g of r.grants) {
      expect(grants.get(g.id), `grant ${g.id}`).toBe(g.name);
      expect(records('grants', g.id, 'created'), `grant created ${g.id}`).toBe(1);
    }
    for (const id of r.deletedGrants) {
      expect(grants.has(id), `deleted grant ${id}`).toBe(false);
      expect([records('grants', id, 'created'), records('grants', id, 'deleted')], `grant ${id} logged`).toEqual([1, 1]);
    }
    expect(r.deletedGrants.length).toBeGreaterThan(0);
  }
  // And the screen of the fresh tab shows them (one of each tab's renames, on the first page of the list).
  for (const r of results) await expect(fresh.getByText(r.renamed[0]!.name, { exact: true })).toBeVisible();
}

for (const tabs of [2, 4]) {
  test(`${tabs} tabs writing at once, 200 changes in all: a fresh tab shows every acknowledged one, logged once`, async ({ page, context }) => {
    await signIn(page, 'acme-admin', { stay: true });
    const pages = [page];
    for (let i = 1; i < tabs; i++) {
      const p = await context.newPage();
      await p.goto(paths.list.getHref('devices'));
      await expect(p.getByRole('button', { name: 'Sign out' })).toBeVisible();
      pages.push(p);
    }
    await concurrentWrites(context, pages, 200);
  });
}
