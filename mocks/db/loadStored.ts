/**
 * Loading the stored world: claim the store (the next epoch), read the last state and its journal, rebuild
 * and replay, migrate. Nothing is dropped silently: a value that cannot be read, or one with changes when
 * another world is asked for, is kept aside (keptIdb.ts) before anything can write over it, and said.
 */
import { claim, openDb } from './idb';
import { keepAside } from './keptIdb';
import type { Kept } from './keptIdb';
import type { Progress } from './largeState';
import { buildState, holdsChanges, restore, storedSource } from './replay';
import type { StoredState } from './store';
import { sameSource } from './worldSource';
import type { WorldSource } from './worldSource';

export interface Loaded {
  state: StoredState;
  /** Set when the stored data could not be used, or was set aside: said to the user. */
  notice: string | null;
  /** False when IndexedDB does not hold this state yet (fresh, requested, or migrated): written whole at once. */
  stored: boolean;
  /** What was kept aside (never overwritten), for the user to download and import. */
  kept?: Kept;
  /** This owner's epoch (0: no IndexedDB) and how many journal entries the stored state has after it. */
  epoch: number;
  journalLength: number;
}

export interface LoadOptions {
  /** A world asked for (the `world` URL parameter): built instead of the stored one when it differs. */
  requested?: WorldSource | null;
  onProgress?: Progress;
}

export const worldName = (s: WorldSource): string => (s.kind === 'large' ? `the large world (seed ${s.seed})` : 'the demo world');

const BRING_BACK =
  'Download it here, or later from Demo data (signed in with the root account’s master token), and bring it back with Demo data → Import world.';
export const UNREADABLE = 'The saved world could not be read (damaged, or from another version of the panel).';
export const setAsideNotice = (started: WorldSource): string =>
  `The world you were using had changes, so it was kept aside, not deleted, before ${worldName(started)} was started. ${BRING_BACK}`;
const unreadableNotice = (started: WorldSource): string =>
  `${UNREADABLE} It is kept, not deleted, and ${worldName(started)} was started instead. ${BRING_BACK}`;

interface Read {
  state: StoredState;
  stored: boolean;
  /** Kept aside before anything writes, and why. */
  keep?: { why: string; notice: string };
}

async function fromRaw(raw: unknown, journal: unknown[], opts: LoadOptions): Promise<Read> {
  const { requested, onProgress } = opts;
  const source = storedSource(raw);
  const fresh = (s: WorldSource) => buildState(s, onProgress);
  if (requested && !(source && sameSource(requested, source))) {
    const state = await fresh(requested);
    if (!holdsChanges(raw, journal)) return { state, stored: false };
    const why = source ? `Set aside when ${worldName(requested)} was asked for.` : UNREADABLE;
    return { state, stored: false, keep: { why, notice: source ? setAsideNotice(requested) : unreadableNotice(requested) } };
  }
  if (raw === undefined && journal.length === 0) return { state: await fresh(requested ?? { kind: 'demo' }), stored: false };
  const state = await restore(raw, journal, { onProgress });
  // Written back whole when a migration changed its shape (or a recipe was of an older version).
  if (state) return { state, stored: state.version === (raw as { version?: unknown }).version };
  const started = requested ?? { kind: 'demo' };
  return { state: await fresh(started), stored: false, keep: { why: UNREADABLE, notice: unreadableNotice(started) } };
}

export async function loadState(opts: LoadOptions = {}): Promise<Loaded> {
  let db: IDBDatabase;
  let claimed;
  try {
    db = await openDb();
    claimed = await claim(db);
  } catch {
    const state = await buildState(opts.requested ?? { kind: 'demo' }, opts.onProgress);
    return { state, notice: 'The browser storage could not be read; changes will not survive a reload.', stored: false, epoch: 0, journalLength: 0 };
  }
  const read = await fromRaw(claimed.raw, claimed.journal, opts);
  // Kept under its own key before anything can write over the current one.
  const kept = read.keep ? await keepAside({ state: claimed.raw, journal: claimed.journal }, read.keep.why, db) : undefined;
  db.close();
  return {
    state: read.state,
    stored: read.stored,
    notice: read.keep?.notice ?? null,
    ...(kept ? { kept } : {}),
    epoch: claimed.epoch,
    journalLength: read.stored ? claimed.journal.length : 0,
  };
}
