/** Shared pieces of the guard rails: results, the principal gate, and "does the actor hold this". */
import type { Action, Cid, InstanceType, Permission } from '../domain/types';
import type { Engine } from './engine';
import { decide } from './decide';
import { fullRules, instanceRules, roleAccountRules } from './itemRules';
import { passOnRights } from './passOnRights';
import { refusal } from './refusals';
import { RuleList } from './ruleList';
import type { AccessRequest, Decision, GuardResult, Principal, RefusalCode } from './types';

export const OK: GuardResult = { ok: true };

export const fail = (status: 400 | 403 | 404, field: string, code: RefusalCode, message: string): GuardResult => ({
  ok: false,
  status,
  field,
  refusal: refusal(code, message),
});

export const invalid = (field: string, message: string): GuardResult => fail(400, field, 'no-rule', `${field}: ${message}`);
export const escalation = (field: string, message: string): GuardResult => fail(403, field, 'escalation', `${field}: ${message}`);

/** A refused decision as a guard result on a field (401 cannot happen past the backend's auth step). */
export function fromDecision(d: Decision, field: string): GuardResult {
  if (d.allowed || !d.refusal) return OK;
  const status = d.status === 404 ? 404 : 403;
  return { ok: false, status, field, refusal: d.refusal };
}

export const check = (engine: Engine, p: Principal, req: AccessRequest, field: string): GuardResult => fromDecision(decide(engine, p, req), field);

/** Principal gate for guards: a refused principal refuses every draft. */
export function principalGate(engine: Engine, p: Principal): GuardResult {
  const x = engine.principalRefusal(p);
  return x ? { ok: false, status: 403, field: '', refusal: x.refusal } : OK;
}

/**
 * Account-wide holding as the actor's own (branch, or an account-scoped role with `perm`); closed under
 * descendants. What a grant gives (operate-as included) is not counted: it is never passed on.
 */
export function holdsOverAccount(engine: Engine, p: Principal, cid: Cid, perm: Permission | null): boolean {
  const r = passOnRights(engine, p);
  if (!r) return false;
  const out = new RuleList();
  fullRules(engine.wt, r, cid, out);
  if (out.size === 0 && perm) roleAccountRules(engine.wt, r, cid, perm, out);
  return out.size > 0;
}

export { isIdList, isNonNegativeInt } from './wellFormed';

/** Whether the actor's account holds an action on one instance as its own (branch or role; never a grant). */
export function holdsOnInstance(engine: Engine, p: Principal, type: InstanceType, id: number, action: Action): boolean {
  const inst = engine.wt.instances[type].byId.get(id);
  const r = passOnRights(engine, p);
  if (!inst || !r || action === 'create') return false;
  const out = new RuleList();
  instanceRules(engine.wt, r, type, inst, action, out);
  return out.size > 0;
}
