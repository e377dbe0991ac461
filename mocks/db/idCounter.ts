/**
 * Ids are never given twice within a type: a new record never inherits a deleted one's id (and with it
 * that record's log). The highest id ever issued per type is kept with the world (`StoredState.lastIds`);
 * a state stored before the counter existed derives it from its world and its log.
 */
import type { LogRecord, World } from '../../src/domain/types';

/** The id spaces: record types, as log records name them (`customer` is an account). */
export type IdKind = 'subaccounts' | 'tokens' | 'grants' | 'roles' | 'role-assignments' | 'limits' | 'deleted' | keyof World['instances'];

export type LastIds = Partial<Record<IdKind, number>>;

const kindOfLog = (t: LogRecord['item_type']): IdKind => (t === 'customer' ? 'subaccounts' : t);

function listsOf(w: World): Array<[IdKind, ReadonlyArray<{ id: number }>]> {
  return [
    ['subaccounts', w.accounts],
    ['tokens', w.tokens],
    ['grants', w.grants],
    ['roles', w.roles],
    ['role-assignments', w.roleAssignments],
    ['limits', w.limits ?? []],
    ['deleted', w.deleted ?? []],
    ...Object.entries(w.instances).map(([k, list]): [IdKind, ReadonlyArray<{ id: number }>] => [k as IdKind, list]),
  ];
}

const raise = (out: LastIds, kind: IdKind, id: number): void => {
  if (Number.isSafeInteger(id) && id > (out[kind] ?? 0)) out[kind] = id;
};

/** The highest id known per type: the stored counters, the world's records and every id the log names. */
export function highestIds(world: World, logs: readonly LogRecord[], stored: unknown): LastIds {
  const out: LastIds = {};
  if (stored && typeof stored === 'object') for (const [k, v] of Object.entries(stored)) if (typeof v === 'number') raise(out, k as IdKind, v);
  for (const [kind, list] of listsOf(world)) for (const r of list) raise(out, kind, r.id);
  for (const l of logs) raise(out, kindOfLog(l.item_type), l.item_id);
  return out;
}

/** Issues ids during one change; its counters are kept only if the change is committed. */
export class IdCounter {
  private readonly last: LastIds;

  constructor(last: LastIds) {
    this.last = { ...last };
  }

  next(kind: IdKind): number {
    const id = (this.last[kind] ?? 0) + 1;
    this.last[kind] = id;
    return id;
  }

  snapshot(): LastIds {
    return { ...this.last };
  }
}
