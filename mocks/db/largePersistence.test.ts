import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Change } from './change';
import { buildLargeState } from './largeState';
import { loadState } from './loadStored';
import { attachPersistence } from './persistIndexedDb';
import { Store } from './store';
import { readJournal, readState as readRaw } from './test/idbRaw';

const small = { accounts: 40, devices: 2000, perType: 100, grants: 80, roleAssignments: 40, tokens: 60 };

/** Writes are awaited by polling what IndexedDB holds, never by a fixed sleep (a loaded machine is slow). */
const WRITTEN = { timeout: 10_000, interval: 25 };

describe('persistence of a large world', () => {
  it('keeps a generated world nothing has changed as its recipe, and rebuilds the same world from it', async () => {
    const fresh = await buildLargeState(42);
    const store = new Store(fresh);
    const detach = await attachPersistence(store, { stored: false, epoch: (await loadState()).epoch });
    await vi.waitFor(async () => expect(await readRaw()).toEqual({ version: fresh.version, recipe: { kind: 'large', seed: 42 } }), WRITTEN);
    const renamed = fresh.world.instances.devices[500]!.id;
    store.mutate({ tokenId: 1, actorCid: 1 }, (w) => {
      const d = w.instances.devices.find((x) => x.id === renamed);
      if (d) d.name = 'Renamed in the large world';
      return { value: null, logs: [{ cid: 1, event: 'updated', item_type: 'devices', item_id: renamed, changes: {} }] };
    });
    await store.durable();
    expect(await readRaw()).toEqual({ version: fresh.version, recipe: { kind: 'large', seed: 42 } });
    detach();

    const progress: number[] = [];
    const { state, stored } = await loadState({ onProgress: (f) => progress.push(f) });
    expect(stored).toBe(true);
    expect(progress.at(-1)).toBe(1);
    expect(state.source).toEqual({ kind: 'large', seed: 42 });
    expect(state.world.instances.devices).toHaveLength(100_000);
    expect(state.pristine).toBeUndefined();
    expect(state.world.instances.devices.find((d) => d.id === renamed)?.name).toBe('Renamed in the large world');
    expect(state.logs).toHaveLength(1);
    expect(state.world.tokens.map((t) => t.key)).toEqual(fresh.world.tokens.map((t) => t.key));
    expect(state.world.grants).toEqual(fresh.world.grants.map((g) => ({ ...g, expire: g.expire === 0 ? 0 : (expect.any(Number) as number) })));
  });

  it('journals the changes of a generated world beside its recipe, and a load rebuilds it and replays them', async () => {
    const loaded = await loadState({ requested: { kind: 'large', seed: 7 } });
    const store = new Store(await buildLargeState(7, undefined, small));
    const detach = await attachPersistence(store, { stored: false, epoch: loaded.epoch });
    const rename = (id: number, name: string) =>
      store.mutate({ tokenId: 1, actorCid: 1 }, (w) => {
        const d = w.instances.devices.find((x) => x.id === id);
        if (d) d.name = name;
        return { value: null, logs: [{ cid: 1, event: 'updated', item_type: 'devices', item_id: id, changes: { name: [null, name] } }] };
      });
    rename(5, 'first');
    rename(6, 'second');
    await store.durable();
    expect(await readRaw()).toMatchObject({ recipe: { seed: 7 } });
    const journal = (await readJournal()) as Change[];
    expect(journal.map((c) => c.collections.map((x) => [x.collection, x.put.map((r) => r.id)]))).toEqual([
      [['instances.devices', [5]]],
      [['instances.devices', [6]]],
    ]);
    // A change of a world of 2,000 devices is stored as a few hundred bytes, not as the world.
    expect(JSON.stringify(journal).length).toBeLessThan(2000);
    detach();
  });

  it('builds the world asked for when it differs from the stored one, and switches back to the demo world', async () => {
    const large = await loadState({ requested: { kind: 'large', seed: 3 } });
    expect(large.stored).toBe(false);
    expect(large.state.source).toEqual({ kind: 'large', seed: 3 });
    const store = new Store(large.state);
    const detach = await attachPersistence(store, large);
    await vi.waitFor(async () => expect(await readRaw()).toMatchObject({ recipe: { kind: 'large', seed: 3 } }), WRITTEN);
    detach();
    expect((await loadState({ requested: { kind: 'large', seed: 3 } })).stored).toBe(true);

    const demo = await loadState({ requested: { kind: 'demo' } });
    expect(demo.stored).toBe(false);
    expect(demo.state.world.accounts.some((a) => a.name === 'Acme Telematics')).toBe(true);
  });
});
