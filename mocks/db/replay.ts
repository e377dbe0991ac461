/**
 * From what is stored to a world: a generated world's recipe rebuilt, a journal replayed over the state it
 * follows (in that state's version), then the result migrated. Used by loading and by Import world (a kept
 * `{state, journal}` file).
 */
import { applyChange } from './change';
import type { Change } from './change';
import { demoState } from './initialState';
import { buildLargeState } from './largeState';
import type { Progress } from './largeState';
import { MIGRATIONS, migrateChange, migrateState } from './migrations';
import type { Migrations } from './migrations';
import type { StoredState } from './store';
import type { WorldSource } from './worldSource';

export interface Recipe {
  version: number;
  recipe: WorldSource;
}

const isSource = (s: unknown): s is WorldSource => {
  const r = s as Partial<{ kind: string; seed: unknown }> | null;
  return !!r && (r.kind === 'demo' || (r.kind === 'large' && Number.isInteger(r.seed)));
};

/** A generated world stored as its recipe, of any stored version (its world is migrated once rebuilt). */
export const isRecipe = (v: unknown): v is Recipe => {
  if (!v || typeof v !== 'object') return false;
  const r = v as Partial<Recipe>;
  return typeof r.version === 'number' && isSource(r.recipe);
};

export const isChange = (v: unknown): v is Change => {
  const c = v as Partial<Change> | null;
  return !!c && typeof c === 'object' && typeof c.version === 'number' && Array.isArray(c.collections) && Array.isArray(c.logs) && !!c.revs;
};

export const sourceOf = (s: StoredState): WorldSource => s.source ?? { kind: 'demo' };

export function buildState(source: WorldSource, onProgress?: Progress): Promise<StoredState> {
  return source.kind === 'large' ? buildLargeState(source.seed, onProgress) : Promise.resolve(demoState());
}

/** The world a stored value names without building it (a recipe's, or a readable state's); null when unreadable. */
export function storedSource(raw: unknown): WorldSource | null {
  if (isRecipe(raw)) return raw.recipe;
  const s = migrateState(raw);
  return s ? sourceOf(s) : null;
}

/** A stored state, its journal replayed (in the state's version), then brought to the current version; null when it cannot be read. */
export function replayed(raw: unknown, journal: unknown[], m: Migrations = MIGRATIONS): StoredState | null {
  if (journal.length === 0) return migrateState(raw, m);
  if (!raw || typeof raw !== 'object' || !journal.every(isChange)) return null;
  try {
    return migrateState(
      journal.reduce<StoredState>((s, c) => applyChange(s, c), raw as StoredState),
      m,
    );
  } catch {
    return null;
  }
}

export interface RestoreOptions {
  onProgress?: Progress;
  migrations?: Migrations;
}

/**
 * A stored value with the journal that followed it, as a current state; null when it cannot be read. A
 * recipe (of any version up to the current one) is rebuilt by this code; its journal, written against the
 * world of the recipe's version, is first brought to the version this code builds.
 */
export async function restore(raw: unknown, journal: unknown[], opts: RestoreOptions = {}): Promise<StoredState | null> {
  const m = opts.migrations ?? MIGRATIONS;
  if (!isRecipe(raw)) return replayed(raw, journal, m);
  if (raw.version > m.current || !journal.every(isChange)) return null;
  const built = await buildState(raw.recipe, opts.onProgress);
  const toBuilt = { ...m, current: built.version };
  const changes = journal.map((c) => migrateChange(c, toBuilt));
  if (changes.some((c) => c?.version !== built.version)) return null;
  return replayed(built, changes, m);
}

/**
 * Whether a stored value holds something of the user's: what cannot be read might, and so does a world
 * with a logged change (a generated or reset world nothing has changed yet has no log record).
 */
export function holdsChanges(raw: unknown, journal: unknown[]): boolean {
  if (!journal.every(isChange)) return true;
  if (journal.some((c) => c.logs.length > 0)) return true;
  if (raw === undefined) return journal.length > 0;
  if (isRecipe(raw)) return false;
  const s = migrateState(raw);
  return !s || (!s.pristine && s.logs.length > 0);
}
