/**
 * Keeps the store in IndexedDB (a large world does not fit localStorage) and tells other tabs of
 * changes through a BroadcastChannel; they reload from IndexedDB and the UI refetches.
 */
import { demoState, isUsableState } from './initialState';
import type { Store, StoredState } from './store';

const DB = 'iot-access-panel-mock';
const OBJECT_STORE = 'state';
const KEY = 'current';
import { WORLD_CHANGED_EVENT } from '../../src/contracts/events';
export { WORLD_CHANGED_EVENT };

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(OBJECT_STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
  });
}

function run<T>(db: IDBDatabase, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = op(db.transaction(OBJECT_STORE, mode).objectStore(OBJECT_STORE));
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export interface Loaded {
  state: StoredState;
  /** Set when the stored data could not be used and the demo world was restored. */
  notice: string | null;
}

export async function loadState(): Promise<Loaded> {
  try {
    const db = await open();
    const raw: unknown = await run(db, 'readonly', (s) => s.get(KEY));
    if (raw === undefined) return { state: demoState(), notice: null };
    if (isUsableState(raw)) return { state: raw, notice: null };
    return { state: demoState(), notice: 'The saved demo data was from an older version or damaged; the demo world was restored.' };
  } catch {
    return { state: demoState(), notice: 'The browser storage could not be read; changes will not survive a reload.' };
  }
}

export async function attachPersistence(store: Store): Promise<void> {
  const db = await open().catch(() => null);
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(DB) : null;
  let applyingRemote = false;
  store.subscribe((state) => {
    if (applyingRemote || !db) return;
    void run(db, 'readwrite', (s) => s.put(state, KEY)).then(() => channel?.postMessage('changed'));
  });
  if (db) await run(db, 'readwrite', (s) => s.put(store.snapshot(), KEY));
  channel?.addEventListener('message', () => {
    if (!db) return;
    void run(db, 'readonly', (s) => s.get(KEY)).then((raw: unknown) => {
      if (!isUsableState(raw)) return;
      applyingRemote = true;
      store.replace(raw);
      applyingRemote = false;
      window.dispatchEvent(new CustomEvent(WORLD_CHANGED_EVENT));
    });
  });
}
