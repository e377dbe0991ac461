/**
 * Everything a write may change, frozen as text: every record (per type and id; tokens without `accessed`,
 * which every use of a token moves on purpose), the log, the revisions and the id counters. `diffSnapshots`
 * says which records, log records, revisions and counters differ.
 */
import type { LogRecord } from '../../../src/domain/types';
import type { Store } from '../../db/store';

/** `type:id`, as revisions are keyed (`customer` is the account). */
export const recordKey = (type: string, id: number): string => `${type === 'customer' ? 'subaccounts' : type}:${id}`;

export interface Snapshot {
  records: ReadonlyMap<string, string>;
  logs: readonly string[];
  revs: Readonly<Record<string, number>>;
  lastIds: Readonly<Record<string, number>>;
  /** The recycle bin: `type:id` of each deleted record → the record as kept (binVerdict.ts). */
  bin: ReadonlyMap<string, string>;
}

export function takeSnapshot(store: Store): Snapshot {
  const s = store.snapshot();
  const w = s.world;
  const records = new Map<string, string>();
  const add = (type: string, r: { id: number }): void => void records.set(recordKey(type, r.id), JSON.stringify(r));
  w.accounts.forEach((a) => add('subaccounts', a));
  w.tokens.forEach(({ accessed: _moves, ...t }) => add('tokens', t));
  w.grants.forEach((g) => add('grants', g));
  w.roles.forEach((r) => add('roles', r));
  w.roleAssignments.forEach((a) => add('role-assignments', a));
  for (const [type, list] of Object.entries(w.instances)) list.forEach((i) => add(type, i));
  (w.limits ?? []).forEach((l) => add('limits', l));
  const lastIds = Object.fromEntries(Object.entries(s.lastIds ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'));
  const bin = new Map(
    (w.deleted ?? []).map((e) => [recordKey(e.type, e.item_id), JSON.stringify(e.type === 'tokens' ? { ...e.record, accessed: undefined } : e.record)]),
  );
  return { records, logs: s.logs.map((l) => JSON.stringify(l)), revs: { ...s.revs }, lastIds, bin };
}

export type RecordChange = 'added' | 'removed' | 'modified';

export interface SnapshotDiff {
  records: ReadonlyMap<string, RecordChange>;
  /** Log records appended by the write. */
  newLogs: readonly LogRecord[];
  /** Ids of earlier log records that changed or went (the log is append-only). */
  rewrittenLogs: readonly number[];
  revs: readonly string[];
  lastIds: readonly string[];
  /** Entries that came into or left the recycle bin. */
  bin: ReadonlyMap<string, 'added' | 'removed'>;
}

const changedKeys = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): string[] =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]);

export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff {
  const records = new Map<string, RecordChange>();
  for (const [k, v] of before.records) {
    const now = after.records.get(k);
    if (now === undefined) records.set(k, 'removed');
    else if (now !== v) records.set(k, 'modified');
  }
  for (const k of after.records.keys()) if (!before.records.has(k)) records.set(k, 'added');
  const afterIds = new Map(after.logs.map((text) => [(JSON.parse(text) as LogRecord).id, text]));
  const beforeIds = new Set<number>();
  const rewrittenLogs: number[] = [];
  for (const text of before.logs) {
    const { id } = JSON.parse(text) as LogRecord;
    beforeIds.add(id);
    if (afterIds.get(id) !== text) rewrittenLogs.push(id);
  }
  const newLogs = after.logs.map((t) => JSON.parse(t) as LogRecord).filter((l) => !beforeIds.has(l.id));
  const bin = new Map<string, 'added' | 'removed'>();
  for (const k of before.bin.keys()) if (!after.bin.has(k)) bin.set(k, 'removed');
  for (const k of after.bin.keys()) if (!before.bin.has(k)) bin.set(k, 'added');
  return { records, newLogs, rewrittenLogs, revs: changedKeys(before.revs, after.revs), lastIds: changedKeys(before.lastIds, after.lastIds), bin };
}

export const isUnchanged = (d: SnapshotDiff): boolean =>
  d.records.size === 0 && d.newLogs.length === 0 && d.rewrittenLogs.length === 0 && d.revs.length === 0 && d.lastIds.length === 0 && d.bin.size === 0;

/** A diff as plain data, for a failure message. */
export const describeDiff = (d: SnapshotDiff): Record<string, unknown> => ({
  records: Object.fromEntries(d.records),
  newLogs: d.newLogs.map((l) => `${l.event} ${recordKey(l.item_type, l.item_id)} ${JSON.stringify(l.changes).slice(0, 200)}`),
  rewrittenLogs: d.rewrittenLogs,
  revs: d.revs,
  lastIds: d.lastIds,
  bin: Object.fromEntries(d.bin),
});
