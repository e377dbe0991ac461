import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { buildLargeState } from './largeState';
import { attachPersistence, loadState } from './persistIndexedDb';
import { Store } from './store';

const small = { accounts: 40, devices: 2000, perType: 100, grants: 80, roleAssignments: 40, tokens: 60 };

async function readRaw(): Promise<unknown> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('iot-access-panel-mock', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('state');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
  const raw = await new Promise<unknown>((resolve, reject) => {
    const req = db.transaction('state').objectStore('state').get('current');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('get failed'));
  });
  db.close();
  return raw;
}

/** Writes are awaited by polling what IndexedDB holds, never by a fixed sleep (a loaded machine is slow). */
const WRITTEN = { timeout: 10_000, interval: 25 };

describe('persistence of a large world', () => {
  it('keeps a generated world nothing has changed as its recipe, and rebuilds the same world from it', async () => {
    const fresh = await buildLargeState(42);
    const store = new Store(fresh);
    const detach = await attachPersistence(store, { stored: false });
    await vi.waitFor(async () => expect(await readRaw()).toEqual({ version: fresh.version, recipe: { kind: 'large', seed: 42 } }), WRITTEN);
    detach();

    const progress: number[] = [];
    const { state, stored } = await loadState({ onProgress: (f) => progress.push(f) });
    expect(stored).toBe(true);
    expect(progress.at(-1)).toBe(1);
    expect(state.source).toEqual({ kind: 'large', seed: 42 });
    expect(state.world.instances.devices).toHaveLength(100_000);
    expect(state.world.tokens.map((t) => t.key)).toEqual(fresh.world.tokens.map((t) => t.key));
    expect(state.world.grants).toEqual(fresh.world.grants.map((g) => ({ ...g, expire: g.expire === 0 ? 0 : expect.any(Number) as number })));
  });

  it('stores a changed world whole, once changes pause, and loads it back unchanged', async () => {
    const store = new Store(await buildLargeState(7, undefined, small));
    // A delay long enough that a loaded machine still reads before it; the write is then awaited, not timed.
    const detach = await attachPersistence(store, { stored: false, largeWriteDelayMs: 1000 });
    const rename = (id: number, name: string) =>
      store.mutate({ tokenId: 1, actorCid: 1 }, (w) => {
        const d = w.instances.devices.find((x) => x.id === id);
        if (d) d.name = name;
        return { value: null, logs: [{ cid: 1, event: 'updated', item_type: 'devices', item_id: id, changes: { name: [null, name] } }] };
      });
    rename(5, 'first');
    rename(6, 'second');
    expect(await readRaw()).toMatchObject({ recipe: { seed: 7 } });
    await vi.waitFor(async () => expect(await readRaw()).not.toHaveProperty('recipe'), WRITTEN);
    detach();

    const { state } = await loadState();
    expect(state.pristine).toBeUndefined();
    expect(state.world).toEqual(store.world);
    expect(state.world.instances.devices.find((d) => d.id === 6)?.name).toBe('second');
    expect(state.logs).toHaveLength(2);
    expect(state.revs).toEqual({ 'devices:5': 2, 'devices:6': 2 });
  });

  it('builds the world asked for when it differs from the stored one, and switches back to the demo world', async () => {
    const large = await loadState({ requested: { kind: 'large', seed: 3 } });
    expect(large.stored).toBe(false);
    expect(large.state.source).toEqual({ kind: 'large', seed: 3 });
    const store = new Store(large.state);
    const detach = await attachPersistence(store, { stored: false });
    await vi.waitFor(async () => expect(await readRaw()).toMatchObject({ recipe: { kind: 'large', seed: 3 } }), WRITTEN);
    detach();
    expect((await loadState({ requested: { kind: 'large', seed: 3 } })).stored).toBe(true);

    const demo = await loadState({ requested: { kind: 'demo' } });
    expect(demo.stored).toBe(false);
    expect(demo.state.world.accounts.some((a) => a.name === 'Acme Telematics')).toBe(true);
  });
});
