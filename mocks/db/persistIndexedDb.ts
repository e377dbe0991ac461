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
import { applyChange } from './change';
import type { Change } from './change';
import { CURRENT, Fenced, JOURNAL, STATE, claim, fencedWrite, openDb, putAside } from './idb';
import { demoState } from './initialState';
import { migrateState } from './migrations';
import { buildLargeState } from './largeState';
import type { Progress } from './largeState';
import { STORE_VERSION } from './store';
import type { Store, StoredState } from './store';
import { sameSource } from './worldSource';
import type { WorldSource } from './worldSource';

/** The journal is folded into the full state once it holds this many changes and the store is idle. */
export const COMPACT_AFTER = 200;
const IDLE_MS = 1000;

interface Recipe {
  version: number;
  recipe: WorldSource;
}

const isRecipe = (v: unknown): v is Recipe => {
  if (!v || typeof v !== 'object') return false;
  const r = v as Partial<Recipe>;
  return r.version === STORE_VERSION && !!r.recipe && (r.recipe.kind === 'demo' || (r.recipe.kind === 'large' && Number.isInteger(r.recipe.seed)));
};

const isChange = (v: unknown): v is Change => {
  const c = v as Partial<Change> | null;
  return !!c && typeof c === 'object' && typeof c.version === 'number' && Array.isArray(c.collections) && Array.isArray(c.logs) && !!c.revs;
};

/** What to keep for a state: its recipe while it is a pristine generated world, else the state itself. */
export const storedForm = (s: StoredState): StoredState | Recipe => (s.pristine && s.source?.kind === 'large' ? { version: s.version, recipe: s.source } : s);

export const sourceOf = (s: StoredState): WorldSource => s.source ?? { kind: 'demo' };

export function buildState(source: WorldSource, onProgress?: Progress): Promise<StoredState> {
  return source.kind === 'large' ? buildLargeState(source.seed, onProgress) : Promise.resolve(demoState());
}

export interface Loaded {
  state: StoredState;
  /** Set when the stored data could not be used and the demo world was restored. */
  notice: string | null;
  /** False when IndexedDB does not hold this state yet (fresh, requested, or migrated): written whole at once. */
  stored: boolean;
  /** What could not be used, kept aside as it was (never overwritten), for the user to download. */
  kept?: { key: string; value: unknown };
  /** This owner's epoch (0: no IndexedDB) and how many journal entries the stored state has after it. */
  epoch: number;
  journalLength: number;
}

export interface LoadOptions {
  /** A world asked for (the `world` URL parameter): built instead of the stored one when it differs. */
  requested?: WorldSource | null;
  onProgress?: Progress;
}

const KEPT_PREFIX = 'kept-';
const KEPT_NOTICE =
  'The saved world could not be read (damaged, or from another version of the panel), so the demo world was started. The saved data is kept, not deleted: download it from this notice.';

type Read = Omit<Loaded, 'epoch' | 'journalLength'>;

/** The stored value, its journal replayed, then brought to the current version; null when it cannot be read. */
function replayed(raw: unknown, journal: unknown[]): StoredState | null {
  if (journal.length === 0) return migrateState(raw);
  if (!raw || typeof raw !== 'object' || !journal.every(isChange)) return null;
  try {
    // A journal is replayed on the state it follows, in that state's version; then the result migrates.
    return migrateState(journal.reduce<StoredState>((s, c) => applyChange(s, c), raw as StoredState));
  } catch {
    return null;
  }
}

async function fromRaw(raw: unknown, journal: unknown[], opts: LoadOptions): Promise<Read> {
  const { requested, onProgress } = opts;
  const storedSource = isRecipe(raw)
    ? raw.recipe
    : (() => {
        const s = migrateState(raw);
        return s ? sourceOf(s) : null;
      })();
  if (requested && !(storedSource && sameSource(requested, storedSource)))
    return { state: await buildState(requested, onProgress), notice: null, stored: false };
  if (raw === undefined && journal.length === 0) return { state: demoState(), notice: null, stored: false };
  if (isRecipe(raw)) {
    const built = await buildState(raw.recipe, onProgress);
    const state = replayed(built, journal);
    if (state) return { state, notice: null, stored: true };
  } else {
    const state = replayed(raw, journal);
    // Written back whole when a migration changed its shape.
    if (state) return { state, notice: null, stored: state.version === (raw as { version?: unknown }).version };
  }
  const value = journal.length ? { state: raw, journal } : raw;
  return { state: demoState(), notice: KEPT_NOTICE, stored: false, kept: { key: `${KEPT_PREFIX}${Date.now()}`, value } };
}

export async function loadState(opts: LoadOptions = {}): Promise<Loaded> {
  let db: IDBDatabase;
  let claimed;
  try {
    db = await openDb();
    claimed = await claim(db);
  } catch {
    const state = opts.requested ? await buildState(opts.requested, opts.onProgress) : demoState();
    return { state, notice: 'The browser storage could not be read; changes will not survive a reload.', stored: false, epoch: 0, journalLength: 0 };
  }
  const read = await fromRaw(claimed.raw, claimed.journal, opts);
  // Kept under its own key before anything can write over the current one.
  if (read.kept) await putAside(db, read.kept.key, read.kept.value);
  db.close();
  return { ...read, epoch: claimed.epoch, journalLength: read.stored ? claimed.journal.length : 0 };
}

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
