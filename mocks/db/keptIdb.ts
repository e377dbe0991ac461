/**
 * Keeping a stored world aside in IndexedDB (under `kept-<ms>` of `state`, its note under the same key of
 * `meta`) and the shelf that lists, reads and deletes what was kept.
 */
import { KEPT_PREFIX, META, STATE, openDb, putAside } from './idb';
import type { KeptNote } from './idb';
import type { KeptEntry, KeptShelf } from './keptShelf';

/** What is kept: the stored value as it was and the journal that followed it (replayed by Import world). */
export interface KeptValue {
  state: unknown;
  journal: unknown[];
}

export interface Kept {
  key: string;
  /** The kept value as a JSON file. */
  json: string;
}

let lastAt = 0;

/** A JSON file of any stored value (a damaged one may hold what JSON cannot say as it is). */
const toJson = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? 'null';

/** Keeps `value` under a key of its own, never over the current world; resolves once it is on disk. */
export async function keepAside(value: KeptValue, why: string, db?: IDBDatabase): Promise<Kept> {
  lastAt = Math.max(Date.now(), lastAt + 1);
  const key = `${KEPT_PREFIX}${lastAt}`;
  const json = toJson(value);
  const own = db ?? (await openDb());
  try {
    await putAside(own, key, value, { why, size: json.length });
  } finally {
    if (!db) own.close();
  }
  return { key, json };
}

const isKeptKey = (key: IDBValidKey): key is string => typeof key === 'string' && key.startsWith(KEPT_PREFIX);

function request<T>(stores: string[], mode: IDBTransactionMode, op: (tx: IDBTransaction) => IDBRequest<T>): Promise<T> {
  return openDb().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(stores, mode, { durability: 'strict' });
        const req = op(tx);
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onabort = () => {
          db.close();
          reject(tx.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );
}

async function noteOf(key: string): Promise<KeptNote> {
  const note = (await request([META], 'readonly', (tx) => tx.objectStore(META).get(key))) as Partial<KeptNote> | undefined;
  if (note && typeof note.why === 'string' && typeof note.size === 'number') return { why: note.why, size: note.size };
  // Kept by an earlier version, without a note.
  return { why: 'The saved world could not be read.', size: toJson(await request([STATE], 'readonly', (tx) => tx.objectStore(STATE).get(key))).length };
}

export const idbShelf: KeptShelf = {
  async list(): Promise<KeptEntry[]> {
    const keys = (await request([STATE], 'readonly', (tx) => tx.objectStore(STATE).getAllKeys())).filter(isKeptKey);
    const entries = await Promise.all(keys.map(async (key) => ({ key, at: Number(key.slice(KEPT_PREFIX.length)), ...(await noteOf(key)) })));
    return entries.sort((a, b) => b.at - a.at);
  },
  read: (key) => (key.startsWith(KEPT_PREFIX) ? request([STATE], 'readonly', (tx) => tx.objectStore(STATE).get(key)) : Promise.resolve(undefined)),
  async remove(key) {
    if (!key.startsWith(KEPT_PREFIX)) return false;
    const there = await request([STATE], 'readonly', (tx) => tx.objectStore(STATE).getKey(key));
    if (there === undefined) return false;
    await request([STATE, META], 'readwrite', (tx) => {
      tx.objectStore(META).delete(key);
      return tx.objectStore(STATE).delete(key);
    });
    return true;
  },
};
