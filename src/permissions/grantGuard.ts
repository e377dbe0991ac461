/**
 * No escalation through grants: only the grantor's branch (or whoever holds grants rights over it)
 * creates or changes a grant, and every item must be the grantor's own and held by the actor as its own
 * (branch or role, never through a grant; see passOnRights.ts): a grantee cannot re-share.
 */
import { isInstanceType } from '../domain/types';
import { grantLevelsFor } from './grantLevels';
import type { Grant, GrantItem } from '../domain/types';
import type { Engine } from './engine';
import { OK, check, escalation, invalid, isIdList, isNonNegativeInt, principalGate } from './guardKit';
import { isStrictDescendant } from './worldTables';
import { itemWithinActor } from './grantGuardHolding';
import { grantShapeProblems } from './grantShape';
import type { GuardResult, Principal } from './types';

export type GrantDraft = Omit<Grant, 'id'>;

function validateItem(item: GrantItem, f: string): GuardResult {
  if (item.type !== 'subaccounts' && !isInstanceType(item.type)) return invalid(`${f}.type`, 'expected an instance type or "subaccounts"');
  const levels: readonly string[] = grantLevelsFor(item.type);
  if (!Array.isArray(item.access)) return invalid(`${f}.access`, `expected a list of ${levels.join(', ')}`);
  for (const level of item.access as readonly string[]) {
    if (level === 'command' && item.type !== 'devices') return invalid(`${f}.access`, '"command" is for devices only');
    if (!levels.includes(level)) return invalid(`${f}.access`, `"${level}" does not fit ${item.type} (expected ${levels.join(', ')})`);
  }
  if (item.type === 'subaccounts' ? !isIdList(item.ids) : item.ids !== 'all' && !isIdList(item.ids))
    return invalid(`${f}.ids`, item.type === 'subaccounts' ? 'expected a list of subaccount ids' : 'expected "all" or a list of ids');
  return OK;
}

/** The grantor can only share what it owns: its own instances, its own subaccounts. */
function itemOwned(engine: Engine, item: GrantItem, grantor: number, f: string): GuardResult {
  const { wt } = engine;
  if (item.ids === 'all') return OK;
  if (item.type === 'subaccounts') {
    if (item.ids.every((s) => isStrictDescendant(wt, grantor, s))) return OK;
    return escalation(`${f}.ids`, "lists accounts that are not the grantor's subaccounts");
  }
  const byId = wt.instances[item.type].byId;
  if (item.ids.every((id) => byId.get(id)?.cid === grantor)) return OK;
  return escalation(`${f}.ids`, `lists ids that are not the grantor's own ${item.type}`);
}

export function checkGrantDraft(engine: Engine, p: Principal, draft: GrantDraft, existing?: Grant): GuardResult {
  const gate = principalGate(engine, p);
  if (!gate.ok) return gate;
  if (existing) {
    const may = check(engine, p, { action: 'update', type: 'grants', id: existing.id }, 'id');
    if (!may.ok) return may;
  }
  if (!existing || existing.cid !== draft.cid) {
    const where = check(engine, p, { action: 'create', type: 'grants', cid: draft.cid }, 'cid');
    if (!where.ok) return where;
  }
  if (!Array.isArray(draft.items)) return invalid('items', 'expected a list of items');
  for (const [i, item] of draft.items.entries()) {
    const v = validateItem(item, `items[${i}]`);
    if (!v.ok) return v;
  }
  if (!isIdList(draft.subaccounts)) return invalid('subaccounts', 'expected a list of account ids');
  if (!isNonNegativeInt(draft.expire)) return invalid('expire', 'expected a unix time (0 = never)');
  if (typeof draft.enabled !== 'boolean') return invalid('enabled', 'expected true or false');
  const shape = grantShapeProblems(draft, existing)[0];
  if (shape) return invalid(shape.field, shape.message);
  for (const [i, item] of draft.items.entries()) {
    const owned = itemOwned(engine, item, draft.cid, `items[${i}]`);
    if (!owned.ok) return owned;
    const held = itemWithinActor(engine, p, item, draft.cid, `items[${i}]`);
    if (!held.ok) return held;
  }
  // Last, where checkGrantees (an account the author cannot see counts as unknown) answers the same.
  if (!draft.subaccounts.every((c) => engine.wt.accounts.has(c))) return invalid('subaccounts', 'lists an unknown account');
  return OK;
}
