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

  it('a damaged store is replaced by the demo world, with a notice', async () => {
    await putRaw({ version: 1, world: 'garbage' });
    const { state, notice } = await loadState();
    expect(notice).toMatch(/damaged|older version/);
    expect(state.world.accounts.some((a) => a.name === 'Acme Telematics')).toBe(true);
  });

  it('a store of an older version is replaced by the demo world, with a notice', async () => {
    await putRaw({ ...demoState(), version: 0 });
    const { notice } = await loadState();
    expect(notice).toMatch(/older version/);
  });
});
