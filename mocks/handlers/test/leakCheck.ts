/**
 * The leak harness's judge: every canary in an answer, and every id in an id-bearing field, must belong
 * to a record the oracle lets the principal read. Id-bearing: `{type, id}`, log records and authors,
 * rules, member lists, grant items, an assignment's `scope` and a token's ACL `ids` (leakFields.ts), in
 * records and in log `changes` alike. Returns what leaked (empty: nothing).
 */
import { isInstanceType } from '../../../src/domain/types';
import type { RecordType } from '../../../src/permissions';
import { CANARY_PATTERN } from './canaryWorld';
import { checkAclEntry, checkScopes } from './leakFields';
import { RECORD_TYPES } from './oracleView';
import type { OracleView } from './oracleView';

/** The id a preview gives a draft (named "the new grant/assignment"): not a record of the world. */
const DRAFT_ID = Number.MAX_SAFE_INTEGER;

const isRecordType = (t: unknown): t is RecordType => typeof t === 'string' && (RECORD_TYPES as readonly string[]).includes(t);
const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : []);
/** A list field, or a log record's `[old, new]` pair of lists. */
const lists = (v: unknown): unknown[][] =>
  Array.isArray(v) && v.length === 2 && v.every((x) => Array.isArray(x) || x === null) ? v.filter(Array.isArray) : Array.isArray(v) ? [v] : [];

/**
 * `subjectRole(roleId, subjectCid)`: must this reader see the role of an assignment (it is the assignment's
 * existing subject)? Other readers are not checked: random worlds hold assignments whose owner cannot read
 * their role, which the guards never let anyone create.
 */
export function leaksIn(text: string, view: OracleView, subjectRole: (roleId: number, subjectCid: number) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CANARY_PATTERN)) {
    const [, type, id] = m;
    if (isRecordType(type) && !view.may(type, Number(id))) out.push(`canary of ${type} #${id}`);
    if (type === 'limits' && !view.mayLimit?.(Number(id))) out.push(`canary of limits #${id}`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    return out;
  }
  const flag = (type: RecordType, id: number, where: string): void => {
    if (id !== DRAFT_ID && !view.may(type, id)) out.push(`${type} #${id} in ${where}`);
  };
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (isRecordType(o['type']) && typeof o['id'] === 'number') flag(o['type'], o['id'], 'a {type, id} object');
    if (isRecordType(o['item_type']) && typeof o['item_id'] === 'number') flag(o['item_type'], o['item_id'], 'a log record');
    if ('item_type' in o && typeof o['token_id'] === 'number' && o['token_id'] !== 0) flag('tokens', o['token_id'], 'a log author');
    if ('item_type' in o && typeof o['actor_cid'] === 'number' && o['actor_cid'] !== 0) flag('subaccounts', o['actor_cid'], 'a log author');
    if (typeof o['role_id'] === 'number' && typeof o['subject_cid'] === 'number' && subjectRole(o['role_id'], o['subject_cid']))
      flag('roles', o['role_id'], 'an assignment');
    if (typeof o['grantId'] === 'number') flag('grants', o['grantId'], 'a rule');
    if (o['item_type'] === 'limits' && typeof o['item_id'] === 'number' && !view.mayLimit?.(o['item_id'])) out.push(`limits #${o['item_id']} in a log record`);
    for (const l of [o['limit_id']].flat()) if (typeof l === 'number' && l !== 0 && !view.mayLimit?.(l)) out.push(`limits #${l} in "limit_id"`);
    checkScopes(o, flag);
    checkAclEntry(o, flag);
    if (typeof o['assignmentId'] === 'number') flag('role-assignments', o['assignmentId'], 'a rule');
    for (const l of lists(o['devices'])) numbers(l).forEach((id) => flag('devices', id, '"devices"'));
    for (const l of lists(o['subaccounts'])) numbers(l).forEach((id) => flag('subaccounts', id, '"subaccounts"'));
    for (const l of lists(o['items']))
      for (const item of l) {
        const it = item as { type?: unknown; ids?: unknown } | null;
        const t = it?.type;
        if (typeof t === 'string' && (isInstanceType(t) || t === 'subaccounts')) numbers(it?.ids).forEach((id) => flag(t, id, 'grant "items"'));
      }
    Object.values(o).forEach(walk);
  };
  walk(body);
  return out;
}
