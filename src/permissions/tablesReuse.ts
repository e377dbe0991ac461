/**
 * Reusing tables after a change (issue 19). A type's table: when every record kept its id, its place in the
 * list and its owner (a rename, a new configuration, other members), only the id lookup changes; ranks and
 * the owner ordering stay. Anything else (a record added, removed, moved to another account) rebuilds.
 *
 * Access inputs: the fields the engine's per-account memos (rights, readable marks, allowed bits) are
 * computed from. Of an account: `id`, `owner_id`, `blocked` (its place in the tour); of an instance: `id`,
 * `cid`, and a group's `devices` (a role assigned on a group reaches its members); every field of a grant,
 * role or role assignment. Names, metadata, configuration, a token, a limit: not inputs. A change that
 * leaves every input as it was keeps the memos (see engine.ts).
 */
import type { Account, Instance, InstanceType } from '../domain/types';
import { rankOf, withValues } from './typeTables';
import type { TypeTable } from './typeTables';

export interface PatchedTable {
  table: TypeTable;
  /** No record's access input changed. */
  inputsSame: boolean;
}

const sameList = (a: readonly number[] | undefined, b: readonly number[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));

export function patchTypeTable(prev: TypeTable, before: readonly Instance[], after: readonly Instance[], type: InstanceType): PatchedTable | null {
  if (before.length !== after.length) return null;
  const changed: Array<readonly [number, Instance]> = [];
  let inputsSame = true;
  for (let i = 0; i < after.length; i++) {
    const a = after[i];
    const b = before[i];
    if (a === b) continue;
    // The same id in the same place and account; and the record the lookup held (of an id listed twice, the last).
    if (!a || !b || a.id !== b.id || a.cid !== b.cid || prev.byId.get(b.id) !== b) return null;
    if (type === 'groups' && !sameList(a.devices, b.devices)) inputsSame = false;
    changed.push([a.id, a]);
  }
  return { table: { ...prev, byId: withValues(prev.byId, changed) }, inputsSame };
}

/**
 * A create: a few records appended, every earlier one the same object in its place, each new id above every
 * id before (ids are never reused). The new ranks come last, so ranks, the owner order and the lookups are
 * copied and extended (no sort, no map of every id). Null when the lists differ otherwise.
 */
/** The rank lookup read from `rankById` (copying a lookup of every id would cost what a rebuild costs). */
const rankLookup = (rankById: Int32Array): TypeTable['rank'] => ({
  get: (id) => {
    const r = Number.isInteger(id) && id >= 0 ? rankById[id] : undefined;
    return r === undefined || r < 0 ? undefined : r;
  },
});

export function appendTypeTable(prev: TypeTable, before: readonly Instance[], after: readonly Instance[], pos: ReadonlyMap<number, number>): TypeTable | null {
  const k = after.length - before.length;
  if (k < 1 || k > 16 || !prev.rankById) return null;
  for (let i = 0; i < before.length; i++) if (after[i] !== before[i]) return null;
  const added = after.slice(before.length);
  let last = prev.sortedIds[prev.sortedIds.length - 1] ?? -1;
  for (const a of added) {
    if (!Number.isInteger(a.id) || a.id <= last) return null;
    last = a.id;
  }
  const n = prev.sortedIds.length + k;
  if (last > 4 * n + 1024) return null;
  // concat: a spread of two lists copies element by element (1 ms on 100,000 ids against 0.5).
  const sortedIds = prev.sortedIds.concat(added.map((a) => a.id));
  // After a delete the old lookup may be longer than the highest id now.
  const rankById = new Int32Array(Math.max(last + 1, prev.rankById.length)).fill(-1);
  rankById.set(prev.rankById);
  const ranks = added.map((a, j): readonly [number, number] => [a.id, prev.sortedIds.length + j]);
  for (const [id, r] of ranks) rankById[id] = r;
  let byOwner = prev.byOwner;
  const start = prev.start.slice();
  for (const [j, a] of added.entries()) {
    const p = pos.get(a.cid);
    if (p === undefined) continue;
    // The owner's slice ends at start[p + 1]: the new rank is the largest, so it goes last in it.
    const at = start[p + 1] ?? 0;
    const next = new Int32Array(byOwner.length + 1);
    next.set(byOwner.subarray(0, at), 0);
    next[at] = prev.sortedIds.length + j;
    next.set(byOwner.subarray(at), at + 1);
    byOwner = next;
    for (let t = p + 1; t < start.length; t++) start[t] = (start[t] ?? 0) + 1;
  }
  return {
    byId: withValues(
      prev.byId,
      added.map((a) => [a.id, a] as const),
    ),
    sortedIds,
    rank: rankLookup(rankById),
    rankById,
    byOwner,
    start,
  };
}

/**
 * A delete: a few records gone, every other one the same object in its order. Ranks above a removed one move
 * down; the owner order, the lookups and the slices are copied without them (no sort, no map of every id).
 */
export function removeFromTypeTable(
  prev: TypeTable,
  before: readonly Instance[],
  after: readonly Instance[],
  pos: ReadonlyMap<number, number>,
): TypeTable | null {
  const k = before.length - after.length;
  if (k < 1 || k > 16 || !prev.rankById) return null;
  const gone: Instance[] = [];
  let j = 0;
  // Indexed loops and copies spliced where a filter or a Set asked of every rank cost about 4 ms on 100,000 devices.
  for (let i = 0; i < before.length; i++) {
    const b = before[i] as Instance;
    if (after[j] === b) j++;
    else if (gone.push(b) > k) return null;
  }
  if (j !== after.length || gone.length !== k) return null;
  // Each id once, and the record the lookup holds (else the table is not this list's).
  const goneRanks = gone.map((g) => (prev.byId.get(g.id) === g ? rankOf(prev, g.id) : -1)).sort((a, b) => a - b);
  if (goneRanks.some((r, i) => r < 0 || r === goneRanks[i - 1])) return null;
  const below = (r: number): number => {
    let n = 0;
    while (n < goneRanks.length && (goneRanks[n] ?? 0) < r) n++;
    return n;
  };
  const sortedIds = [...prev.sortedIds];
  for (let g = goneRanks.length - 1; g >= 0; g--) sortedIds.splice(goneRanks[g] ?? 0, 1);
  // Ranks below the lowest removed one stay; the ids removed have none.
  const rankById = prev.rankById.slice();
  for (const g of gone) rankById[g.id] = -1;
  for (let r = goneRanks[0] ?? 0; r < sortedIds.length; r++) rankById[sortedIds[r] ?? 0] = r;
  const byOwner = new Int32Array(prev.byOwner.length - gone.filter((g) => pos.has(g.cid)).length);
  let at = 0;
  for (let i = 0; i < prev.byOwner.length; i++) {
    const r = prev.byOwner[i] ?? 0;
    const n = below(r);
    if (goneRanks[n] !== r) byOwner[at++] = r - n;
  }
  const start = prev.start.slice();
  for (const g of gone) {
    const p = pos.get(g.cid);
    if (p !== undefined) for (let t = p + 1; t < start.length; t++) start[t] = (start[t] ?? 0) - 1;
  }
  const byId = withValues(
    prev.byId,
    gone.map((g) => [g.id, undefined] as const),
  ) as TypeTable['byId'];
  return { byId, sortedIds, rank: rankLookup(rankById), rankById, byOwner, start };
}

/**
 * How the accounts changed for the tour: `none` (the same accounts in the same places under the same
 * parents, blocked alike: the tour stands), `blocked` (only whether some are blocked: positions stand, the
 * blocked set is made again), `other` (the tour is made again).
 */
export function tourChange(before: readonly Account[], after: readonly Account[]): 'none' | 'blocked' | 'other' {
  if (before === after) return 'none';
  if (before.length !== after.length) return 'other';
  let change: 'none' | 'blocked' = 'none';
  for (let i = 0; i < after.length; i++) {
    const a = after[i];
    const b = before[i];
    if (a === b) continue;
    if (!a || !b || a.id !== b.id || a.owner_id !== b.owner_id) return 'other';
    if (a.blocked !== b.blocked) change = 'blocked';
  }
  return change;
}
