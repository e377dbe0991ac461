/**
 * The mock's IndexedDB database: `state` (the last full state, or a generated world's recipe, under
 * `current`; unreadable values kept under `kept-<ms>`), `journal` (one entry per change since that
 * state, in order) and `meta` (the owner's epoch: a fencing token, so that a backend another one has
 * replaced can no longer write).
 */
export const DB_NAME = 'iot-access-panel-mock';
export const STATE = 'state';
export const JOURNAL = 'journal';
export const META = 'meta';
export const CURRENT = 'current';
export const EPOCH = 'epoch';
const DB_VERSION = 2;

export function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      // Version 1 had `state` only: the stores it lacks are added, what it holds stays.
      if (!db.objectStoreNames.contains(STATE)) db.createObjectStore(STATE);
      if (!db.objectStoreNames.contains(JOURNAL)) db.createObjectStore(JOURNAL, { autoIncrement: true });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
    req.onblocked = () => reject(new Error('IndexedDB is held open by an older version of the panel in another tab; close it and reload.'));
  });
}

export class Fenced extends Error {
  constructor() {
    super('Another backend of this panel (a newer version, or another tab) took over the stored world.');
  }
}

/**
 * One read-write transaction that first checks the epoch is still `epoch`; resolves once it has
 * committed (durability 'strict': on disk, not only in the OS's cache), rejects with `Fenced` when
 * another owner has claimed the store since.
 */
export function fencedWrite(db: IDBDatabase, epoch: number, stores: string[], write: (tx: IDBTransaction) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([META, ...stores], 'readwrite', { durability: 'strict' });
    let fenced = false;
    const check = tx.objectStore(META).get(EPOCH);
    check.onsuccess = () => {
      if (check.result !== epoch) {
        fenced = true;
        tx.abort();
        return;
      }
      write(tx);
    };
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(fenced ? new Fenced() : (tx.error ?? new Error('IndexedDB transaction aborted')));
  });
}

export interface Claimed {
  raw: unknown;
  journal: unknown[];
  epoch: number;
}

/** Reads the stored state and its journal and takes ownership (the next epoch), in one transaction. */
export function claim(db: IDBDatabase): Promise<Claimed> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([STATE, JOURNAL, META], 'readwrite', { durability: 'strict' });
    const out: Claimed = { raw: undefined, journal: [], epoch: 0 };
    const state = tx.objectStore(STATE).get(CURRENT);
    state.onsuccess = () => (out.raw = state.result);
    const journal = tx.objectStore(JOURNAL).getAll();
    journal.onsuccess = () => (out.journal = journal.result);
    const meta = tx.objectStore(META);
    const epoch = meta.get(EPOCH);
    epoch.onsuccess = () => {
      out.epoch = (typeof epoch.result === 'number' ? epoch.result : 0) + 1;
      meta.put(out.epoch, EPOCH);
    };
    tx.oncomplete = () => resolve(out);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB read failed'));
  });
}

export const KEPT_PREFIX = 'kept-';

/** What the list of kept values says of each (stored in `meta` under the value's key). */
export interface KeptNote {
  /** Why it was kept: unreadable, or set aside when another world was asked for. */
  why: string;
  /** Its size as a JSON file, in bytes (UTF-16 code units: close enough for a list). */
  size: number;
}

/** Puts one value under its own key of `state` (a kept value, never over `current`) and its note, in one transaction. */
export function putAside(db: IDBDatabase, key: string, value: unknown, note: KeptNote): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([STATE, META], 'readwrite', { durability: 'strict' });
    tx.objectStore(STATE).put(value, key);
    tx.objectStore(META).put(note, key);
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write failed'));
  });
}
