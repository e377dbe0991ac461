/** Kept worlds (issue 21): listed, downloaded and deleted by the root's master token; a downloaded one imports with its journal replayed. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LogRecord } from '../../src/domain/types';
import type { Change } from '../db/change';
import type { Keyed } from '../db/collections';
import { getStore } from '../db/backend';
import { installMemoryShelf, keep } from './test/memoryShelf';
import type { MemoryShelf } from './test/memoryShelf';
import { personaKey } from '../db/demo/personas';
import { demoState } from '../db/initialState';
import { resetMockWorld, server } from '../node';

const BASE = 'http://api.test';
const call = async (method: string, path: string, body?: unknown, persona: Parameters<typeof personaKey>[0] = 'acme-admin') => {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { authorization: `FlespiToken ${personaKey(persona)}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { result?: unknown[]; errors?: { reason: string }[] } };
};

/** A journalled rename of device 100, logged, as the browser backend journals it. */
function renameChange(name: string): Change {
  const device = demoState().world.instances.devices.find((d) => d.id === 100);
  if (!device) throw new Error('no device 100');
  const log: LogRecord = {
    id: 1,
    cid: device.cid,
    event: 'updated',
    item_type: 'devices',
    item_id: 100,
    changes: { name: [device.name, name] },
    timestamp: 1,
    token_id: 1,
    actor_cid: 1000,
  };
  return {
    version: 1,
    collections: [{ collection: 'instances.devices', put: [{ ...device, name } as Keyed], removed: [] }],
    logs: [log],
    revs: { 'devices:100': 2 },
  };
}

let shelf: MemoryShelf = new Map();

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  shelf = installMemoryShelf();
});
afterAll(() => server.close());
beforeEach(() => {
  resetMockWorld();
  shelf.clear();
  const value = { state: demoState(), journal: [renameChange('Renamed before it was kept')] };
  keep(shelf, 'kept-1700000000000', value);
});

describe('kept worlds', () => {
  it('lists, downloads and deletes what was kept, for the root’s master token only', async () => {
    expect(await call('GET', '/mock/kept')).toEqual({
      status: 200,
      body: { result: [expect.objectContaining({ key: 'kept-1700000000000', why: 'Set aside.' })] },
    });
    const file = await call('GET', '/mock/kept/kept-1700000000000');
    expect(file.body.result?.[0]).toMatchObject({ journal: [expect.objectContaining({ version: 1 })] });
    expect((await call('GET', '/mock/kept', undefined, 'northwind-ops')).status).toBe(403);
    expect((await call('DELETE', '/mock/kept/kept-1700000000000', undefined, 'northwind-ops')).status).toBe(403);
    expect((await call('DELETE', '/mock/kept/kept-1700000000000')).body.result).toEqual([{ deleted: 'kept-1700000000000' }]);
    const gone = await call('GET', '/mock/kept/kept-1700000000000');
    expect(gone.status).toBe(404);
    expect(gone.body.errors?.[0]?.reason).toMatch(/parameter key/);
    expect((await call('DELETE', '/mock/kept/kept-1700000000000')).status).toBe(404);
  });

  it('imports a downloaded kept file: its journal replayed over its state, logged changes and revisions included', async () => {
    const file = (await call('GET', '/mock/kept/kept-1700000000000')).body.result?.[0];
    expect((await call('POST', '/mock/import', file)).status).toBe(200);
    const store = getStore();
    expect(store.world.instances.devices.find((d) => d.id === 100)?.name).toBe('Renamed before it was kept');
    expect(store.logs).toEqual([expect.objectContaining({ item_id: 100, event: 'updated' })]);
    expect(store.rev('devices', 100)).toBe(2);
  });

  it('refuses a kept file that cannot be read, naming what it accepts, and changes nothing', async () => {
    const before = getStore().snapshot();
    const r = await call('POST', '/mock/import', { state: { version: 99 }, journal: [] });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.reason).toMatch(/kept file/);
    expect(getStore().snapshot()).toBe(before);
  });
});
