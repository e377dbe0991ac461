import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personaKey } from './demo/personas';
import { getStore, installStore } from './backend';
import { demoState, isUsableState } from './initialState';
import { highestIds } from './idCounter';
import { Store } from './store';
import { resetMockWorld, server } from '../node';

const BASE = 'http://api.test';
type Body = { result?: Array<Record<string, unknown>> };

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Body }> {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { authorization: `FlespiToken ${personaKey('acme-admin')}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
}
const createDevice = async (name: string): Promise<number> => Number((await call('POST', '/gw/devices', [{ name, device_type_id: 1 }])).body.result?.[0]?.id);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => void resetMockWorld());
afterAll(() => server.close());

describe('ids are never reused', () => {
  it('a new record never gets the id of a deleted one, so its log is its own', async () => {
    const first = await createDevice('old secret device');
    expect((await call('DELETE', `/gw/devices/${first}`)).status).toBe(200);
    const second = await createDevice('new device');
    expect(second).toBeGreaterThan(first);
    const logs = await call('GET', `/gw/devices/${second}/logs`);
    expect(JSON.stringify(logs.body)).not.toContain('old secret');
    expect(logs.body.result?.map((l) => l['item_id'])).toEqual([second]);
  });

  it('deleting the record with the highest id does not free that id, for every type', async () => {
    const grant = { name: 'g', items: [{ type: 'devices', ids: [100], access: ['read'] }], subaccounts: [1004], expire: 0, enabled: true };
    const bodies: Array<[string, unknown]> = [
      ['/platform/grants', grant],
      ['/platform/roles', { name: 'r', description: '', permissions: ['devices:read'] }],
      ['/platform/subaccounts', { name: 'leaf', cid: 1004 }],
    ];
    for (const [path, body] of bodies) {
      const a = Number((await call('POST', path, [body])).body.result?.[0]?.id);
      expect((await call('DELETE', `${path}/${a}`)).status, path).toBe(200);
      const b = Number((await call('POST', path, [body])).body.result?.[0]?.id);
      expect(b, path).toBe(a + 1);
    }
  });

  it('the counters travel with the stored state (IndexedDB, the API data file, export/import)', async () => {
    const first = await createDevice('gone');
    await call('DELETE', `/gw/devices/${first}`);
    const exported = JSON.parse(JSON.stringify(getStore().snapshot())) as unknown;
    expect(isUsableState(exported)).toBe(true);
    if (!isUsableState(exported)) return;
    // Even with the log emptied, the counter alone keeps the deleted id taken.
    installStore(new Store({ ...exported, logs: [] }));
    expect(await createDevice('after import')).toBe(first + 1);
  });

  it('a state stored before the counters existed derives them from its world and its log (no upgrade, no wipe)', () => {
    const old = demoState();
    const logged = { id: 1, cid: 1000, timestamp: 0, event: 'deleted', item_type: 'devices' as const, item_id: 900, token_id: 1, actor_cid: 1000, changes: {} };
    expect(isUsableState({ ...old, logs: [logged] })).toBe(true);
    const ids = highestIds(old.world, [logged], undefined);
    expect(ids.devices).toBe(900);
    expect(ids.grants).toBe(5);
    expect(highestIds(old.world, [], { devices: 5000, bogus: 'x' }).devices).toBe(5000);
  });
});
