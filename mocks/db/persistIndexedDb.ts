/**
 * Keeps the store in IndexedDB (a large world does not fit localStorage) and tells other tabs of
 * changes through a BroadcastChannel; they reload it from IndexedDB and the UI refetches.
 *
 * A generated large world nothing has changed yet is stored as its recipe (`{version, recipe}`) and
 * rebuilt from the seed on load; once changed it is stored whole (~25 MB), a moment after the last
 * change rather than on each one, so a burst of changes costs one write.
 */
import { demoState } from './initialState';
import { migrateState } from './migrations';
import { buildLargeState } from './largeState';
import type { Progress } from './largeState';
import { STORE_VERSION } from './store';
import type { Store, StoredState } from './store';
import { sameSource } from './worldSource';
import type { WorldSource } from './worldSource';

const DB = 'iot-access-panel-mock';
const OBJECT_STORE = 'state';
const KEY = 'current';
/** How long a changed large world waits for more changes before it is written. */
export const LARGE_WRITE_DELAY_MS = 1000;
import { WORLD_CHANGED_EVENT } from '../../src/contracts/events';
export { WORLD_CHANGED_EVENT };

interface Recipe {
  version: number;
  recipe: WorldSource;
}

const isRecipe = (v: unknown): v is Recipe => {
  if (!v || typeof v !== 'object') return false;
  const r = v as Partial<Recipe>;
  return r.version === STORE_VERSION && !!r.recipe && (r.recipe.kind === 'demo' || (r.recipe.kind === 'large' && Number.isInteger(r.recipe.seed)));
};

/** What to keep for a state: its recipe while it is a pristine generated world, else the state itself. */
export const storedForm = (s: StoredState): StoredState | Recipe =>
  s.pristine && s.source?.kind === 'large' ? { version: s.version, recipe: s.source } : s;

export const sourceOf = (s: StoredState): WorldSource => s.source ?? { kind: 'demo' };

export function buildState(source: WorldSource, onProgress?: Progress): Promise<StoredState> {
  return source.kind === 'large' ? buildLargeState(source.seed, onProgress) : Promise.resolve(demoState());
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(OBJECT_STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
  });
}

/** One request in its own transaction; a write resolves once the transaction has committed (durable), not before. */
function run<T>(db: IDBDatabase, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(OBJECT_STORE, mode, { durability: 'strict' });
    const req = op(tx.objectStore(OBJECT_STORE));
    const fail = () => reject(req.error ?? tx.error ?? new Error('IndexedDB request failed'));
    req.onerror = fail;
    tx.onabort = fail;
    if (mode === 'readonly') req.onsuccess = () => resolve(req.result);
    else tx.oncomplete = () => resolve(req.result);
  });
}

export interface Loaded {
  state: StoredState;
  /** Set when the stored data could not be used and the demo world was restored. */
  notice: string | null;
  /** False when IndexedDB does not hold this state yet (a fresh or requested world). */
  stored: boolean;
  /** What could not be used, kept aside as it was (never overwritten), for the user to download. */
  kept?: { key: string; value: unknown };
}

export interface LoadOptions {
  /** A world asked for (the `world` URL parameter): built instead of the stored one when it differs. */
  requested?: WorldSource | null;
  onProgress?: Progress;
}

async function fromRaw(raw: unknown, opts: LoadOptions): Promise<Loaded> {
  const { requested, onProgress } = opts;
  // The current version as it is (the same object), an older one migrated, or null when it cannot be read.
  const state = isRecipe(raw) ? null : migrateState(raw);
  const storedSource = isRecipe(raw) ? raw.recipe : state ? sourceOf(state) : null;
  if (requested && !(storedSource && sameSource(requested, storedSource))) return { state: await buildState(requested, onProgress), notice: null, stored: false };
  if (raw === undefined) return { state: demoState(), notice: null, stored: false };
  if (isRecipe(raw)) return { state: await buildState(raw.recipe, onProgress), notice: null, stored: true };
  // A migrated state is written back in the current shape at once (stored: false).
  if (state) return { state, notice: null, stored: state === raw };
  return { state: demoState(), notice: KEPT_NOTICE, stored: false, kept: { key: `${KEPT_PREFIX}${Date.now()}`, value: raw } };
}

const KEPT_PREFIX = 'kept-';
const KEPT_NOTICE = 'The saved world could not be read (damaged, or from another version of the panel), so the demo world was started. The saved data is kept, not deleted: download it from this notice.';

export async function loadState(opts: LoadOptions = {}): Promise<Loaded> {
  let raw: unknown;
  let db: IDBDatabase;
  try {
    db = await open();
    raw = await run(db, 'readonly', (s) => s.get(KEY));
  } catch {
    const state = opts.requested ? await buildState(opts.requested, opts.onProgress) : demoState();
    return { state, notice: 'The browser storage could not be read; changes will not survive a reload.', stored: false };
  }
  const loaded = await fromRaw(raw, opts);
  // Kept under its own key before anything can write over the current one.
  const kept = loaded.kept;
  if (kept) await run(db, 'readwrite', (s) => s.put(kept.value, kept.key));
  return loaded;
}

/**
 * Writes the store's state after each change (a changed large world: once changes pause), and once at
 * the start when IndexedDB does not hold it yet (`stored: false`).
 */
export async function attachPersistence(store: Store, opts: { stored?: boolean; largeWriteDelayMs?: number } = {}): Promise<() => void> {
  const db = await open().catch(() => null);
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(DB) : null;
  let applyingRemote = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRecipe: string | null = null;
  const write = async (): Promise<void> => {
    timer = undefined;
    if (!db) return;
    const form = storedForm(store.snapshot());
    const recipe = 'recipe' in form ? JSON.stringify(form.recipe) : null;
    // A pristine world only "changes" by a token's `accessed` time, which a rebuild does not keep anyway.
    if (recipe !== null && recipe === lastRecipe) return;
    lastRecipe = recipe;
    await run(db, 'readwrite', (s) => s.put(form, KEY));
    channel?.postMessage('changed');
  };
  // The last write started: answers to writes wait for it, so a reload right after an answer finds the change.
  // (A changed large world is written a moment after its last change; until then it is not durable: issue 21.)
  let lastWrite: Promise<void> = Promise.resolve();
  const startWrite = () => {
    lastWrite = write().catch((error: unknown) => console.error('The mock backend could not store its world:', error));
  };
  store.setDurability(() => lastWrite);
  const unsubscribe = store.subscribe((state) => {
    if (applyingRemote || !db) return;
    if (timer !== undefined) clearTimeout(timer);
    if (state.source?.kind === 'large' && !state.pristine) timer = setTimeout(startWrite, opts.largeWriteDelayMs ?? LARGE_WRITE_DELAY_MS);
    else startWrite();
  });
  if (typeof window !== 'undefined')
    window.addEventListener('pagehide', () => {
      if (timer !== undefined) {
        clearTimeout(timer);
        void write();
      }
    });
  if (opts.stored === false) await write();
  else {
    const form = storedForm(store.snapshot());
    lastRecipe = 'recipe' in form ? JSON.stringify(form.recipe) : null;
  }
  channel?.addEventListener('message', () => {
    if (!db) return;
    void run(db, 'readonly', (s) => s.get(KEY)).then(async (raw: unknown) => {
      if (!migrateState(raw) && !isRecipe(raw)) return;
      const { state } = await fromRaw(raw, {});
      applyingRemote = true;
      store.replace(state);
      applyingRemote = false;
      const form = storedForm(state);
      lastRecipe = 'recipe' in form ? JSON.stringify(form.recipe) : null;
      if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(WORLD_CHANGED_EVENT));
    });
  });
  /** Stops persisting (tests: several stores in one process). */
  return () => {
    unsubscribe();
    store.setDurability(() => Promise.resolve());
    if (timer !== undefined) clearTimeout(timer);
    channel?.close();
    db?.close();
  };
}
