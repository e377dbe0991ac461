/**
 * The one projection of what leaves the backend: a copy of an answer without what the principal may not
 * read (ReadableView). Which fields name which records:
 * - `devices` (member lists), `subaccounts` (grantees), a grant's `items[].ids`: ids of devices,
 *   accounts, or the item's type; in a log record's `changes` the same fields as `[old, new]` pairs;
 * - an object with `type` and `id` (a record, an access entry, a dropped reference): the record itself;
 * - a rule's `grantId` / `assignmentId`.
 * A list element naming a record the principal may not read is left out; ids are filtered out of lists.
 * A log record's author (`token_id`, `actor_cid`) the principal may not read is 0: "someone you cannot see".
 * A rule through a role the principal may not read (another account's custom role in an assignment it
 * reads) keeps the rule but names the role by id only.
 * - a role assignment's `scope` (in the record, in a rule through it, in its log's `changes`) and a token's
 *   ACL `ids` (in the record and in its log's `changes`): see projectFields.ts.
 */
import { isInstanceType } from '../domain/types';
import { ITEM_TYPES } from '../domain/types';
import { hasAssignmentScope, maskScopeField, projectAclEntry } from './projectFields';
import type { ReadableView } from './readableView';
import type { RecordType } from './types';

const RECORD_TYPES: readonly string[] = [...ITEM_TYPES, 'role-assignments'];
const isRecordType = (t: unknown): t is RecordType => typeof t === 'string' && RECORD_TYPES.includes(t);
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Does this object name a record the principal may not read? */
function namesHidden(view: ReadableView, o: Obj): boolean {
  if (isRecordType(o['type']) && typeof o['id'] === 'number' && !view.may(o['type'], o['id'])) return true;
  if (typeof o['grantId'] === 'number' && !view.may('grants', o['grantId'])) return true;
  return typeof o['assignmentId'] === 'number' && !view.may('role-assignments', o['assignmentId']);
}

/** A list element that names a hidden record, itself or in one of its parts (a preview's `{before, after}`), is left out. */
const elementHidden = (view: ReadableView, o: Obj): boolean => namesHidden(view, o) || Object.values(o).some((x) => isObj(x) && namesHidden(view, x));

const keepIds = (view: ReadableView, type: RecordType, v: unknown[]): unknown[] => v.filter((id) => typeof id !== 'number' || view.may(type, id));

function projectItems(view: ReadableView, items: unknown[]): unknown[] {
  return items.map((item) => {
    if (!isObj(item) || !Array.isArray(item['ids'])) return project(view, item);
    const t = item['type'];
    const ids = typeof t === 'string' && (isInstanceType(t) || t === 'subaccounts') ? keepIds(view, t, item['ids']) : item['ids'];
    return { ...item, ids };
  });
}

/** A list field, or a log record's `[old, new]` pair of them (either may be null). */
function eachList(v: unknown, f: (list: unknown[]) => unknown[]): unknown {
  if (!Array.isArray(v)) return v;
  const pair = v.length === 2 && v.every((x) => x === null || Array.isArray(x)) && v.some(Array.isArray);
  return pair ? v.map((x: unknown) => (Array.isArray(x) ? f(x) : x)) : f(v);
}

const FIELDS: Record<string, (view: ReadableView, list: unknown[]) => unknown[]> = {
  devices: (view, list) => keepIds(view, 'devices', list),
  subaccounts: (view, list) => keepIds(view, 'subaccounts', list),
  items: projectItems,
};

const limitShown = (view: ReadableView, v: unknown): boolean => typeof v !== 'number' || v === 0 || !!view.mayLimit?.(v);
function maskLimit(view: ReadableView, x: unknown): unknown {
  if (Array.isArray(x)) return x.map((v: unknown) => (limitShown(view, v) ? v : null));
  return limitShown(view, x) ? x : undefined;
}

export function project(view: ReadableView, v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => !isObj(x) || !elementHidden(view, x)).map((x) => project(view, x));
  if (!isObj(v)) return v;
  const acl = projectAclEntry(view, v);
  if (acl) return acl;
  const out: Obj = {};
  const hiddenRole = typeof v['roleId'] === 'number' && typeof v['roleName'] === 'string' && !view.may('roles', v['roleId']);
  const log = 'item_type' in v;
  const scoped = hasAssignmentScope(v);
  const assignmentLog = log && v['item_type'] === 'role-assignments';
  for (const [k, x] of Object.entries(v)) {
    if (log && typeof x === 'number' && x !== 0 && (k === 'token_id' || k === 'actor_cid')) {
      out[k] = view.may(k === 'token_id' ? 'tokens' : 'subaccounts', x) ? x : 0;
      continue;
    }
    if (scoped && k === 'scope') {
      out[k] = maskScopeField(view, x);
      continue;
    }
    if (assignmentLog && k === 'changes' && isObj(x) && Object.hasOwn(x, 'scope')) {
      out[k] = { ...(project(view, x) as Obj), scope: maskScopeField(view, x['scope']) };
      continue;
    }
    if (k === 'limit_id') {
      // An account's limit (issue 18) is named only to those who read the limit: absent otherwise (null in a log pair).
      const shown = maskLimit(view, x);
      if (shown !== undefined) out[k] = shown;
      continue;
    }
    if (hiddenRole && k === 'roleName') {
      out[k] = `Role #${String(v['roleId'])}`;
      continue;
    }
    // Own keys only: a stored key such as `valueOf` or `hasOwnProperty` (metadata is free) is not a field here.
    const field = Object.hasOwn(FIELDS, k) ? FIELDS[k] : undefined;
    out[k] = field ? eachList(x, (list) => field(view, list)) : project(view, x);
  }
  return out;
}
