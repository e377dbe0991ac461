/**
 * Per-type instance tables: id lookups, ranks (position in ascending id order) and the instances ordered
 * by their owner's tour position, so that a branch's instances are one slice (see worldTables.ts).
 */
import type { Cid, Instance } from '../domain/types';

/** Id lookup: a dense array when ids are small integers (the usual case), else a Map. */
export interface IdLookup<T> {
  get(id: number): T | undefined;
}

class DenseLookup<T> implements IdLookup<T> {
  constructor(readonly slots: Array<T | undefined>) {}
  get(id: number): T | undefined {
    return this.slots[id];
  }
}

export function idLookup<T>(map: Map<number, T>): IdLookup<T> {
  let max = 0;
  for (const id of map.keys()) {
    if (!Number.isInteger(id) || id < 0) return map;
    if (id > max) max = id;
  }
  if (max > 4 * map.size + 1024) return map;
  const slots = new Array<T | undefined>(max + 1).fill(undefined);
  for (const [id, v] of map) slots[id] = v;
  return new DenseLookup(slots);
}

/** A copy of a lookup with some ids bound to other values (ids it already holds). */
export function withValues<T>(lookup: IdLookup<T>, values: ReadonlyArray<readonly [number, T]>): IdLookup<T> {
  if (lookup instanceof DenseLookup) {
    // Sized once: writing past the end of an exact copy grows it by copying again (a create on 100,000 devices).
    let end = lookup.slots.length;
    for (const [id] of values) if (id >= end) end = id + 1;
    const slots = end > lookup.slots.length ? lookup.slots.concat(new Array<T | undefined>(end - lookup.slots.length).fill(undefined)) : lookup.slots.slice();
    for (const [id, v] of values) slots[id] = v;
    return new DenseLookup(slots);
  }
  const map = new Map(lookup instanceof Map ? (lookup as Map<number, T>) : []);
  for (const [id, v] of values) map.set(id, v);
  return map;
}

export interface TypeTable {
  byId: IdLookup<Instance>;
  /** Ids ascending; `rank` maps an id to its position here. */
  sortedIds: number[];
  rank: IdLookup<number>;
  /** id → rank (-1: none) when ids are small integers; the hot paths read this instead of `rank`. */
  rankById: Int32Array | null;
  /** Ranks ordered by owner tour position; owners outside the tree are left out. */
  byOwner: Int32Array;
  /** `start[t]..start[t+1]` is the slice of `byOwner` owned by the account at tour position t. */
  start: Int32Array;
}

/** The rank of an instance id in its type (-1 when absent). */
export function rankOf(ti: TypeTable, id: number): number {
  const a = ti.rankById;
  if (a) return id >= 0 && id < a.length ? (a[id] ?? -1) : -1;
  return ti.rank.get(id) ?? -1;
}

export function buildTypeTable(pos: ReadonlyMap<Cid, number>, tourLength: number, list: readonly Instance[]): TypeTable {
  const byId = new Map<number, Instance>();
  for (const i of list) byId.set(i.id, i);
  const sortedIds = [...byId.keys()].sort((a, b) => a - b);
  const rank = new Map<number, number>();
  sortedIds.forEach((id, r) => rank.set(id, r));
  const n = tourLength;
  const counts = new Int32Array(n + 1);
  for (const inst of byId.values()) {
    const p = pos.get(inst.cid);
    if (p !== undefined) counts[p + 1] = (counts[p + 1] ?? 0) + 1;
  }
  const start = new Int32Array(n + 1);
  for (let t = 0; t < n; t++) start[t + 1] = (start[t] ?? 0) + (counts[t + 1] ?? 0);
  const fill = start.slice(0, n);
  const byOwner = new Int32Array(start[n] ?? 0);
  for (let r = 0; r < sortedIds.length; r++) {
    const inst = byId.get(sortedIds[r] ?? -1);
    const p = inst ? pos.get(inst.cid) : undefined;
    if (p === undefined) continue;
    const at = fill[p] ?? 0;
    byOwner[at] = r;
    fill[p] = at + 1;
  }
  const maxId = sortedIds[sortedIds.length - 1] ?? 0;
  let rankById: Int32Array | null = null;
  if (sortedIds.every((id) => Number.isInteger(id) && id >= 0) && maxId <= 4 * sortedIds.length + 1024) {
    rankById = new Int32Array(maxId + 1).fill(-1);
    sortedIds.forEach((id, r) => {
      if (rankById) rankById[id] = r;
    });
  }
  return { byId: idLookup(byId), sortedIds, rank: idLookup(rank), rankById, byOwner, start };
}
