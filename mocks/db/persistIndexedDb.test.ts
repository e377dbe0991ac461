import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Change } from './change';
import { demoState } from './initialState';
import { loadState } from './loadStored';
import { attachPersistence } from './persistIndexedDb';
import { Store } from './store';
import { plantJournal, plantState, readJournal, readState } from './test/idbRaw';

const author = { tokenId: 1, actorCid: 1000 };

function rename(store: Store, id: number, name: string): void {
  store.mutate(author, (w) => {
    const d = w.instances.devices.find((x) => x.id === id);
    if (!d) throw new Error(`no device ${id}`);
    d.name = name;
    return { value: null, logs: [{ cid: d.cid, event: 'updated', item_type: 'devices', item_id: id, changes: { name: [null, name] } }] };
  });
}

/** A backend as the worker starts it: load (claiming the store), then persist. */
async function open(onFenced?: () => void): Promise<{ store: Store; detach: () => void }> {
  const loaded = await loadState();
  const store = new Store(loaded.state);
  const detach = await attachPersistence(store, loaded, onFenced);
  return { store, detach };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('IndexedDB persistence', () => {
  it('journals a change (the change, not the world) before its answer, and a new load replays it', async () => {
    const { store, detach } = await open();
    const whole = await readState();
    rename(store, 100, 'Persisted name');
    await store.durable();
    const journal = (await readJournal()) as Change[];
    expect(journal).toHaveLength(1);
    expect(journal[0]?.collections).toEqual([
      { collection: 'instances.devices', put: [expect.objectContaining({ id: 100, name: 'Persisted name' })], removed: [] },
    ]);
    expect(JSON.stringify(journal).length).toBeLessThan(JSON.stringify(whole).length / 10);
    expect(await readState()).toEqual(whole);
    detach();

    const { state, notice } = await loadState();
    expect(notice).toBeNull();
    expect(state.world).toEqual(store.world);
    expect(state.logs).toEqual(store.logs);
    expect(state.revs).toEqual({ 'devices:100': 2 });
  });

  it('folds the journal into the whole state once it is long and the store is idle', async () => {
    const loaded = await loadState();
    const store = new Store(loaded.state);
    const detach = await attachPersistence(store, { ...loaded, compactAfter: 3 });
    for (const [i, id] of [100, 101, 301].entries()) rename(store, id, `Compacted ${i}`);
    await store.durable();
    expect(await readJournal()).toHaveLength(3);
    await vi.waitFor(async () => expect(await readJournal()).toHaveLength(0), { timeout: 10_000, interval: 25 });
    expect(await readState()).toEqual(store.snapshot());
    rename(store, 302, 'After compaction');
    await store.durable();
    detach();
    expect((await loadState()).state.world).toEqual(store.world);
  });

  it('a reset or an import writes the whole state and empties the journal in one transaction', async () => {
    const { store, detach } = await open();
    rename(store, 100, 'Before reset');
    store.replace(demoState());
    await store.durable();
    expect(await readJournal()).toEqual([]);
    expect((await readState()) as unknown).toEqual(store.snapshot());
    detach();
  });

  it('one owner at a time: a backend another load has replaced can no longer write, and answers so', async () => {
    const fenced = vi.fn();
    const first = await open(fenced);
    rename(first.store, 100, 'Written by the first owner');
    await first.store.durable();
    const second = await open();
    expect(second.store.world.instances.devices.find((d) => d.id === 100)?.name).toBe('Written by the first owner');

    rename(first.store, 101, 'Lost by the first owner');
    await expect(first.store.durable()).rejects.toMatchObject({ status: 503 });
    expect(fenced).toHaveBeenCalled();
    rename(second.store, 301, 'Written by the second owner');
    await second.store.durable();
    first.detach();
    second.detach();

    const names = (await loadState()).state.world.instances.devices.filter((d) => [100, 101, 301].includes(d.id)).map((d) => d.name);
    expect(names).toEqual(['Written by the first owner', 'Acme demo unit 2', 'Written by the second owner']);
  });

  it('a store that cannot be read starts the demo world, and is kept aside as it was, with its journal', async () => {
    for (const damaged of [
      { version: 1, world: 'garbage' },
      { ...demoState(), version: 0 },
      { ...demoState(), version: 99 },
    ]) {
      await plantState(damaged);
      const { state, notice, kept } = await loadState();
      expect(notice).toMatch(/could not be read.*kept, not deleted/);
      expect(state.world.accounts.some((a) => a.name === 'Acme Telematics')).toBe(true);
      expect(JSON.parse(kept?.json ?? '')).toEqual({ state: damaged, journal: [] });
      expect(await readState(kept?.key)).toEqual({ state: damaged, journal: [] });
    }
    const good = demoState();
    await plantState(good);
    await plantJournal([{ version: 1, collections: 'not a list' }]);
    const { notice, kept } = await loadState();
    expect(notice).toMatch(/kept, not deleted/);
    expect(await readState(kept?.key)).toEqual({ state: good, journal: [{ version: 1, collections: 'not a list' }] });
  });

  it('opens a database of the first layout (one store) and keeps what it holds', async () => {
    const old = demoState();
    old.world.instances.devices[0]!.name = 'Stored by version 1';
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('iot-access-panel-mock', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('state').put(old, 'current');
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    const { state, notice, stored } = await loadState();
    expect(notice).toBeNull();
    expect(stored).toBe(true);
    expect(state.world.instances.devices[0]?.name).toBe('Stored by version 1');
  });
});
