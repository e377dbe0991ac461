/**
 * Which records of a type an acting account can read, answered from the lookup tables: a branch (or an
 * operate-as subaccount, an "all" grant, an account-scoped role) is one slice of the per-owner instance
 * order, so a listing costs the size of its answer, not of the world.
 */
import type { InstanceType, Permission } from '../domain/types';
import type { AccountRights, Range } from './accountRights';
import { allRecordIds, recordRules } from './records';
import { RuleList } from './ruleList';
import type { RecordType } from './types';
import { rankOf } from './worldTables';
import type { WorldTables } from './worldTables';

/** Where the readable instances of a type are: slices of the per-owner order, and single ranks. */
interface Sources {
  slices: Range[];
  ranks: number[];
  total: number;
}

function readableSources(wt: WorldTables, r: AccountRights, type: InstanceType): Sources {
  const ti = wt.instances[type];
  const slices: Range[] = [];
  const ranks: number[] = [];
  const tourRange = (lo: number, hi: number): void => {
    if (hi >= lo) slices.push({ lo: ti.start[lo] ?? 0, hi: (ti.start[hi + 1] ?? 0) - 1 });
  };
  const own = (cid: number): void => {
    const p = wt.pos.get(cid);
    if (p !== undefined) tourRange(p, p);
  };
  const byId = (id: number): void => {
    const rank = rankOf(ti, id);
    if (rank >= 0) ranks.push(rank);
  };
  const read: Permission = `${type}:read`;

  tourRange(r.branch.lo, r.branch.hi);
  for (const o of r.operateAs) tourRange(o.lo, o.hi);
  for (const s of r.subaccountGrants.keys()) own(s);
  for (const g of r.grantsAll[type].keys()) own(g);
  for (const id of r.grantsById[type].keys()) byId(id);
  for (const l of r.roleAccounts) if (l.perms.has(read)) tourRange(l.lo, l.hi);
  for (const [id, links] of r.roleInstances[type]) if (links.some((l) => l.perms.has(read))) byId(id);
  if (type === 'devices') for (const [id, links] of r.roleMembers) if (links.some((l) => l.perms.has(read))) byId(id);
  let total = ranks.length;
  for (const s of slices) total += s.hi - s.lo + 1;
  return { slices, ranks, total };
}

/** One byte per instance (by rank): 1 when the acting account can read it. */
export function readableMarks(wt: WorldTables, r: AccountRights, type: InstanceType): Uint8Array {
  const ti = wt.instances[type];
  const { slices, ranks } = readableSources(wt, r, type);
  const mark = new Uint8Array(ti.sortedIds.length);
  for (const s of slices) for (let i = s.lo; i <= s.hi; i++) mark[ti.byOwner[i] ?? 0] = 1;
  for (const rank of ranks) mark[rank] = 1;
  return mark;
}

/** Ids (ascending) of instances of a type readable by the acting account. */
export function visibleInstanceIds(wt: WorldTables, r: AccountRights, type: InstanceType, marks?: Uint8Array): number[] {
  const ti = wt.instances[type];
  const n = ti.sortedIds.length;
  const src = marks ? null : readableSources(wt, r, type);
  if (src && src.total * 8 < n) {
    // Small answer: gather and sort rather than sweep the whole type.
    const all = new Int32Array(src.total);
    let k = 0;
    for (const s of src.slices) for (let i = s.lo; i <= s.hi; i++) all[k++] = ti.byOwner[i] ?? 0;
    for (const rank of src.ranks) all[k++] = rank;
    all.sort();
    const out: number[] = [];
    let prev = -1;
    for (const rank of all) {
      if (rank !== prev) out.push(ti.sortedIds[rank] ?? 0);
      prev = rank;
    }
    return out;
  }
  const mark = marks ?? readableMarks(wt, r, type);
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (mark[i] === 1) out.push(ti.sortedIds[i] ?? 0);
  return out;
}

/** Platform records are few: a scan that asks the rules about each one. */
export function visiblePlatformIds(wt: WorldTables, r: AccountRights, type: Exclude<RecordType, InstanceType>): number[] {
  const out: number[] = [];
  for (const id of allRecordIds(wt, type)) {
    const rules = new RuleList();
    if (recordRules(wt, r, type, id, 'read', rules) && rules.size > 0) out.push(id);
  }
  return out.sort((a, b) => a - b);
}
