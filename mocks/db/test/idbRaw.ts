/** Tests' direct access to the mock's IndexedDB (fake-indexeddb in Node), beside the code under test. */
import { CURRENT, JOURNAL, STATE, openDb } from '../idb';

async function inTx<T>(stores: string[], mode: IDBTransactionMode, op: (tx: IDBTransaction) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await openDb();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(stores, mode);
      const req = op(tx);
      tx.oncomplete = () => resolve(req ? req.result : undefined);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export const readState = (key = CURRENT): Promise<unknown> => inTx([STATE], 'readonly', (tx) => tx.objectStore(STATE).get(key));
export const readJournal = (): Promise<unknown[] | undefined> => inTx([JOURNAL], 'readonly', (tx) => tx.objectStore(JOURNAL).getAll());

/** Replaces the stored state and empties the journal (a damaged or older store, planted). */
export const plantState = (value: unknown): Promise<unknown> =>
  inTx([STATE, JOURNAL], 'readwrite', (tx) => {
    tx.objectStore(JOURNAL).clear();
    tx.objectStore(STATE).put(value, CURRENT);
  });

export const plantJournal = (entries: unknown[]): Promise<unknown> =>
  inTx([JOURNAL], 'readwrite', (tx) => {
    for (const e of entries) tx.objectStore(JOURNAL).add(e);
  });
