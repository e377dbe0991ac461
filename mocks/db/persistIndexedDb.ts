/**
 * Keeps the store in IndexedDB, as a database would: each change is appended to a journal (the change,
 * not the world) in a transaction that commits before the change's answer leaves; the whole state is
 * written (compacted) now and then, in one transaction that also empties the journal. Loading reads the
 * last full state and replays the journal. One owner at a time: each load claims the next epoch, and a
 * write from an owner whose epoch has passed is refused (see idb.ts).
 *
 * A generated large world nothing has changed yet is stored as its recipe (`{version, recipe}`) and
 * rebuilt from the seed on load; its changes are journalled like any others.
 */
import { HttpError } from '../http/httpError';
import type { Change } from './change';
import { CURRENT, Fenced, JOURNAL, STATE, fencedWrite, openDb } from './idb';
import type { Recipe } from './replay';
import type { Store, StoredState } from './store';

/** The journal is folded into the full state once it holds this many changes and the store is idle. */
export const COMPACT_AFTER = 200;
const IDLE_MS = 1000;

/** What to keep for a state: its recipe while it is a pristine generated world, else the state itself. */
export const storedForm = (s: StoredState): StoredState | Recipe => (s.pristine && s.source?.kind === 'large' ? { version: s.version, recipe: s.source } : s);

export interface PersistOptions {
  stored?: boolean;
  epoch: number;
  journalLength?: number;
  /** How many journal entries trigger a compaction (tests use a small number). */
  compactAfter?: number;
  /** Called as an answer starts waiting for the disk: the worker lets the next request run meanwhile. */
  onWait?: () => void;
}

/**
 * Journals every change of the store and compacts when idle; writes the whole state at once when
 * IndexedDB does not hold it yet (`stored: false`) and on every replacement (reset, import).
 * `onFenced` hears that another owner took over: this store must stop serving.
 */
export async function attachPersistence(store: Store, opts: PersistOptions, onFenced: () => void = () => undefined): Promise<() => void> {
  const db = opts.epoch > 0 ? await openDb().catch(() => null) : null;
  if (!db) return () => undefined;
  let entries = opts.journalLength ?? 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let failure: HttpError | null = null;
  let last: Promise<void> = Promise.resolve();

  const track = (write: Promise<void>): void => {
    last = write.catch((error: unknown) => {
      if (error instanceof Fenced) onFenced();
      else console.error('The mock backend could not store a change:', error);
      failure ??= new HttpError(503, `The change could not be stored (${error instanceof Error ? error.message : String(error)}); reload the panel.`);
    });
  };
  const writeWhole = (): void => {
    if (idle !== undefined) clearTimeout(idle);
    idle = undefined;
    entries = 0;
    const form = storedForm(store.snapshot());
    track(
      fencedWrite(db, opts.epoch, [STATE, JOURNAL], (tx) => {
        tx.objectStore(STATE).put(form, CURRENT);
        tx.objectStore(JOURNAL).clear();
      }),
    );
  };
  const append = (change: Change): void => {
    entries += 1;
    track(fencedWrite(db, opts.epoch, [JOURNAL], (tx) => void tx.objectStore(JOURNAL).add(change)));
    if (idle !== undefined) clearTimeout(idle);
    if (entries >= (opts.compactAfter ?? COMPACT_AFTER)) idle = setTimeout(writeWhole, IDLE_MS);
  };

  store.setDurability(async () => {
    opts.onWait?.();
    await last;
    if (failure) throw failure;
  });
  const unsubscribe = store.subscribe((event) => (event.kind === 'change' ? append(event.change) : writeWhole()));
  if (opts.stored === false) writeWhole();
  await last;
  /** Stops persisting (tests: several stores in one process). */
  return () => {
    unsubscribe();
    store.setDurability(() => Promise.resolve());
    if (idle !== undefined) clearTimeout(idle);
    db.close();
  };
}
