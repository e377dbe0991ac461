import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { demoState } from './initialState';
import { attachPersistence, loadState } from './persistIndexedDb';
import { Store } from './store';

async function putRaw(value: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('iot-access-panel-mock', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('state');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('state', 'readwrite');
    tx.objectStore('state').put(value, 'current');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('put failed'));
  });
  db.close();
}

async function getRaw(key: string): Promise<unknown> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('iot-access-panel-mock', 1);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
  const value = await new Promise<unknown>((resolve, reject) => {
    const req = db.transaction('state').objectStore('state').get(key);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('get failed'));
  });
  db.close();
  return value;
}

describe('IndexedDB persistence', () => {
  it('a change is there after a "reload" (a new load of the store)', async () => {
    const store = new Store(demoState());
    await attachPersistence(store);
    store.mutate({ tokenId: 1, actorCid: 1000 }, (w) => {
      const d = w.instances.devices[0];
      if (d) d.name = 'Persisted name';
      return { value: null, logs: [{ cid: 1000, event: 'updated', item_type: 'devices', item_id: 100, changes: {} }] };
    });
    // Awaited by polling what a new load reads, never by a fixed sleep.
    await vi.waitFor(async () => {
      const { state, notice } = await loadState();
      expect(notice).toBeNull();
      expect(state.world.instances.devices[0]?.name).toBe('Persisted name');
      expect(state.logs).toHaveLength(1);
    }, { timeout: 10_000, interval: 25 });
  });

  it('a store that cannot be read starts the demo world, and is kept aside as it was, for download', async () => {
    for (const damaged of [{ version: 1, world: 'garbage' }, { ...demoState(), version: 0 }, { ...demoState(), version: 99 }]) {
      await putRaw(damaged);
      const { state, notice, kept } = await loadState();
      expect(notice).toMatch(/could not be read.*kept, not deleted/);
      expect(state.world.accounts.some((a) => a.name === 'Acme Telematics')).toBe(true);
      expect(kept?.value).toEqual(damaged);
      expect(await getRaw(kept?.key ?? '')).toEqual(damaged);
    }
  });
});
