/**
 * The write matrix's judge. A refused write (not 2xx) changes nothing at all. An allowed one changes only
 * records it names: those its path names, those it created (ids in its answer; on a create route also
 * the records of its type it added that the caller may not read), the dropped references its answer
 * reports, and the references to a record it deleted that the caller cannot read (hidden means hidden: the
 * answer may not name those). Log records, revisions and id counters move for those records
 * only, and each changed record gets a log record and a new revision. A record the oracle says the caller
 * cannot read changes only as such a dropped reference.
 */
import type { World } from '../../../src/domain/types';
import { isInstanceType } from '../../../src/domain/types';
import { referencesTo } from '../../../src/permissions';
import type { OracleView } from './oracleView';
import { RECORD_TYPES } from './oracleView';
import { movedReferences } from './moveVerdict';
import { mayRead as mayReadType } from './writeRoutes';
import type { WriteType } from './writeRoutes';
import { binProblems } from './binVerdict';
import { diffSnapshots, isUnchanged, recordKey } from './worldSnapshot';
import type { Snapshot, SnapshotDiff } from './worldSnapshot';

export interface WriteFacts {
  before: Snapshot;
  after: Snapshot;
  worldBefore: World;
  /** What the caller may read in the world before the write. */
  view: OracleView;
  /** What it may read after the write (asked only when the write created a record its answer does not name). */
  viewAfter: () => OracleView;
  /** A create route (`POST /gw/devices`): the records it adds are of `type`. */
  creates: boolean;
  /** The route's record type (created records are of this type). */
  type: WriteType | null;
  named: ReadonlySet<string>;
  status: number;
  answer: unknown;
}

const parseKey = (key: string): { type: string; id: number } => {
  const at = key.lastIndexOf(':');
  return { type: key.slice(0, at), id: Number(key.slice(at + 1)) };
};
const isWriteType = (t: string): t is WriteType => t === 'limits' || (RECORD_TYPES as readonly string[]).includes(t);
const field = (v: unknown, name: string): unknown => (v && typeof v === 'object' ? (v as Record<string, unknown>)[name] : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** `type:id` of every `{type?, id}` object in a list (`type` defaults to `fallback`). */
function keysIn(v: unknown, fallback: string | null): Set<string> {
  const out = new Set<string>();
  for (const o of list(v)) {
    const id = field(o, 'id');
    const t = field(o, 'type');
    const type = typeof t === 'string' ? t : fallback;
    if (typeof id === 'number' && type) out.add(recordKey(type, id));
  }
  return out;
}

/** References to the records the write deleted (accounts and instances), in the world before it. */
function droppedWith(diff: SnapshotDiff, w: World): Set<string> {
  const gone = new Map<string, number[]>();
  for (const [key, change] of diff.records) {
    const { type, id } = parseKey(key);
    if (change === 'removed' && (type === 'subaccounts' || isInstanceType(type))) gone.set(type, [...(gone.get(type) ?? []), id]);
  }
  const out = new Set<string>();
  for (const [type, ids] of gone) {
    if (type !== 'subaccounts' && !isInstanceType(type)) continue;
    for (const ref of referencesTo(w, { type, ids })) out.add(recordKey(ref.type, ref.id));
  }
  return out;
}

export interface Verdict {
  problems: string[];
  diff: SnapshotDiff;
}

export function judgeWrite(f: WriteFacts): Verdict {
  const diff = diffSnapshots(f.before, f.after);
  const problems: string[] = [];
  if (f.status < 200 || f.status > 299) {
    if (!isUnchanged(diff)) problems.push(`refused (${f.status}) but changed the world, the logs, the revisions or the id counters`);
    return { problems, diff };
  }
  const created = new Set([...keysIn(field(f.answer, 'result'), f.type)].filter((k) => diff.records.get(k) === 'added'));
  // A record the caller created but may not read (an ACL token with POST and no GET): its answer must not
  // name it (hidden means hidden), so a create route owns the records of its type it added that way.
  const unnamedAdds = [...diff.records].filter(([k, c]) => c === 'added' && !created.has(k)).map(([k]) => k);
  if (f.creates && f.type && unnamedAdds.length > 0) {
    const after = f.viewAfter();
    for (const k of unnamedAdds) {
      const { type, id } = parseKey(k);
      if (type === f.type && !mayReadType(after, f.type, id)) created.add(k);
    }
  }
  const reported = keysIn(field(f.answer, 'references'), null);
  const hiddenDrops = new Set([...droppedWith(diff, f.worldBefore), ...movedReferences(diff, f.before, f.after, f.worldBefore)]);
  const allowed = new Set([...f.named, ...created, ...reported, ...hiddenDrops]);
  const mayRead = (key: string): boolean => {
    const { type, id } = parseKey(key);
    return isWriteType(type) && mayReadType(f.view, type, id);
  };
  const logged = new Set(diff.newLogs.map((l) => recordKey(l.item_type, l.item_id)));
  const bumped = new Set(diff.revs);
  for (const [key, change] of diff.records) {
    if (!allowed.has(key)) problems.push(`${change} ${key}, which the request does not name`);
    if (change !== 'added' && !mayRead(key) && !hiddenDrops.has(key)) problems.push(`${change} ${key}, which the caller cannot read`);
    if (hiddenDrops.has(key) && mayRead(key) && !reported.has(key)) problems.push(`dropped reference ${key} (readable) missing from the answer's references`);
    if (!logged.has(key)) problems.push(`${change} ${key} without a log record`);
    if (!bumped.has(key)) problems.push(`${change} ${key} without a new revision`);
  }
  for (const key of reported) if (!mayRead(key)) problems.push(`the answer reports ${key}, which the caller cannot read`);
  for (const key of logged) if (!allowed.has(key)) problems.push(`log record of ${key}, which the request does not name`);
  for (const key of diff.revs) if (!allowed.has(key)) problems.push(`revision of ${key} moved, which the request does not name`);
  if (diff.rewrittenLogs.length > 0) problems.push(`earlier log records changed or went: ${diff.rewrittenLogs.join(', ')}`);
  const createdTypes = new Set([...diff.records].filter(([, c]) => c === 'added').map(([k]) => parseKey(k).type));
  if ([...diff.bin.values()].includes('added')) createdTypes.add('deleted');
  problems.push(...binProblems(f.before, f.after, diff));
  for (const t of diff.lastIds) if (!createdTypes.has(t)) problems.push(`id counter of ${t} moved without a new ${t} record`);
  for (const [key, change] of diff.records) {
    const { type, id } = parseKey(key);
    // A restore brings a record back with its own id, leaving the bin (binProblems judges that it is the same record).
    const restored = diff.bin.get(key) === 'removed';
    if (change === 'added' && !restored && id <= (f.before.lastIds[type] ?? 0))
      problems.push(`new ${key} reuses an id issued before (counter ${f.before.lastIds[type] ?? 0})`);
  }
  return { problems, diff };
}
