/**
 * A committed change as the journal keeps it: per collection, the records put (new or replaced, whole)
 * and the ids removed; the log records appended; the revisions bumped; the id counters. Small: it names
 * what changed, never the world. `applyChange` replays it on a state of the same version.
 */
import type { LogRecord, World } from '../../src/domain/types';
import { COLLECTIONS, collectionNamed } from './collections';
import type { Keyed } from './collections';
import type { LastIds } from './idCounter';

export interface CollectionChange {
  collection: string;
  put: Keyed[];
  removed: number[];
}

export interface Change {
  version: number;
  collections: CollectionChange[];
  logs: LogRecord[];
  revs: Record<string, number>;
  lastIds?: LastIds;
  /** Ids of log records dropped (the log of a record purged from the recycle bin). */
  forgotten?: number[];
}

/** The oldest log records are dropped past this many (the store's log is bounded). */
export const MAX_LOGS = 5000;

/**
 * What differs between two worlds that share every record they did not change (a change's base and
 * result): unchanged lists are the same array, unchanged records the same object, so this costs the
 * length of the lists a change touched, not the size of the records.
 */
export function diffWorlds(base: World, next: World): CollectionChange[] {
  const out: CollectionChange[] = [];
  for (const c of COLLECTIONS) {
    const before = c.get(base);
    const after = c.get(next);
    if (before === after) continue;
    const inPlace = samePlaces(before, after);
    if (inPlace) {
      if (inPlace.length) out.push({ collection: c.name, put: inPlace, removed: [] });
      continue;
    }
    const ordered = inOrder(before, after);
    if (ordered) {
      if (ordered.put.length || ordered.removed.length) out.push({ collection: c.name, ...ordered });
      continue;
    }
    const byId = new Map<number, Keyed>();
    for (const r of before) byId.set(r.id, r);
    const put: Keyed[] = [];
    for (const r of after) {
      if (byId.get(r.id) !== r) put.push(r);
      byId.delete(r.id);
    }
    const removed = [...byId.keys()];
    if (put.length || removed.length) out.push({ collection: c.name, put, removed });
  }
  return out;
}

/** The records replaced when every record kept its id and place (the usual edit), else null. */
function samePlaces(before: readonly Keyed[], after: readonly Keyed[]): Keyed[] | null {
  if (before.length !== after.length) return null;
  const put: Keyed[] = [];
  for (let i = 0; i < after.length; i++) {
    const a = after[i];
    const b = before[i];
    if (a === b) continue;
    if (!a || !b || a.id !== b.id) return null;
    put.push(a);
  }
  return put;
}

/**
 * The usual create or delete: records removed and new ones appended, the rest in their order (one walk, no
 * lookup of 100,000 ids). Null when the lists differ otherwise (a record moved, many removed).
 */
function inOrder(before: readonly Keyed[], after: readonly Keyed[]): { put: Keyed[]; removed: number[] } | null {
  const put: Keyed[] = [];
  const removed = new Set<number>();
  let j = 0;
  for (let i = 0; i < before.length; i++) {
    const b = before[i] as Keyed;
    const a = after[j];
    // The same record (nearly all): no field read, which on 100,000 records is most of the walk's cost.
    if (a === b) {
      j++;
      continue;
    }
    if (a !== undefined && a.id === b.id) {
      if (a !== b) put.push(a);
      j++;
    } else if (removed.add(b.id).size > 64) return null;
  }
  for (; j < after.length; j++) {
    const a = after[j];
    if (!a || removed.has(a.id)) return null;
    put.push(a);
  }
  return { put, removed: [...removed] };
}

/** Applies a change's collection edits to a world in place: replaced records keep their place, new ones go last. */
export function applyCollections(world: World, changes: readonly CollectionChange[]): void {
  for (const ch of changes) {
    const c = collectionNamed(ch.collection);
    if (!c) throw new Error(`The journal names an unknown collection "${ch.collection}".`);
    const removed = new Set(ch.removed);
    const list = c.get(world).filter((r) => !removed.has(r.id));
    const at = new Map<number, number>();
    list.forEach((r, i) => at.set(r.id, i));
    for (const r of ch.put) {
      const i = at.get(r.id);
      if (i === undefined) {
        at.set(r.id, list.length);
        list.push(r);
      } else list[i] = r;
    }
    c.set(world, list);
  }
}

export interface Replayable {
  world: World;
  logs: LogRecord[];
  revs: Record<string, number>;
  lastIds?: LastIds;
  pristine?: true;
}

/** Replays a journal entry on a state (copied at the top: the caller's state is not changed). */
export function applyChange<S extends Replayable>(state: S, change: Change): S {
  const world: World = { ...state.world, instances: { ...state.world.instances } };
  applyCollections(world, change.collections);
  const gone = new Set(change.forgotten ?? []);
  const kept = gone.size ? state.logs.filter((l) => !gone.has(l.id)) : state.logs;
  const next: S = { ...state, world, revs: { ...state.revs, ...change.revs }, logs: [...kept, ...change.logs].slice(-MAX_LOGS) };
  if (change.lastIds) next.lastIds = change.lastIds;
  // A changed generated world is no longer its recipe.
  delete next.pristine;
  return next;
}
