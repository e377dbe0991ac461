/** Export and import round-trip everything: world, logs, revisions, id counters (issue 21, item 5). */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { personaKey } from '../db/demo/personas';
import { getStore } from '../db/backend';
import { resetMockWorld, server } from '../node';

const BASE = 'http://api.test';
const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { authorization: `FlespiToken ${personaKey('acme-admin')}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
};
const exported = async () => {
  const r = await call('GET', '/mock/export');
  expect(r.status).toBe(200);
  return JSON.stringify((JSON.parse(r.text) as { result: unknown[] }).result[0]);
};

// One instant for the whole test: every use of a token moves its `accessed`, which is part of the world.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-30T12:00:00Z') });
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
  vi.useRealTimers();
});
beforeEach(() => void resetMockWorld());

describe('export and import', () => {
  it('export, import, export gives the same bytes, after changes, a deletion and the ids it used', async () => {
    expect(
      (
        await call('POST', '/gw/devices', [
          { name: 'Round trip 1', device_type_id: 1 },
          { name: 'Round trip 2', device_type_id: 1 },
        ])
      ).status,
    ).toBe(200);
    expect((await call('PATCH', '/gw/devices/301', { name: 'Renamed before export' })).status).toBe(200);
    expect((await call('DELETE', '/gw/devices/323')).status).toBe(200);
    const first = await exported();
    resetMockWorld();
    expect((await call('POST', '/mock/import', JSON.parse(first))).status).toBe(200);
    expect(await exported()).toBe(first);
    // The id counter came back too: the deleted device's id is not handed out again.
    const made = await call('POST', '/gw/devices', [{ name: 'After import', device_type_id: 1 }]);
    expect((JSON.parse(made.text) as { result: Array<{ id: number }> }).result[0]?.id).toBe(324);
    expect(getStore().logs.some((l) => l.item_id === 323 && l.event === 'deleted')).toBe(true);
  });

  it('an export of version 1 imports (migrated like a stored world)', async () => {
    const v1 = JSON.parse(readFileSync(new URL('../db/fixtures/store-v1.json', import.meta.url), 'utf8')) as unknown;
    expect((await call('POST', '/mock/import', v1)).status).toBe(200);
    expect(getStore().world.instances.devices.some((d) => d.name === 'Saved by version 1')).toBe(true);
  });
});
