/**
 * decide(): may this principal do this? The order of checks is part of the contract:
 * token (401) → acting account (403) → token kind (403) → ACL uri/id (403/404) → visibility (404)
 * → action fits the type (403) → ACL method/submodule (403) → some rule gives it (403).
 */
import type { Token } from '../domain/types';
import type { AccountRights } from './accountRights';
import { aclShapeRefusal, entriesFor, entryCovers, httpShapeOf } from './aclEntries';
import { hasBit } from './allowedMemo';
import type { Engine, Refused } from './engine';
import { rankOf } from './worldTables';
import { actsThroughGrant, ownRights, passesOn } from './passOnRights';
import { createRules } from './platformRules';
import { isItemAction } from './permissionCatalog';
import { recordCid, recordRules } from './records';
import { REFUSE } from './refusals';
import { RuleList } from './ruleList';
import { isAclToken, kindRefusal } from './tokenFacts';
import type { AccessRequest, Decision, Principal, Refusal, Rule } from './types';
import { INSTANCE_TYPES, TOKEN_KINDS, isInstanceType } from '../domain/types';
import type { InstanceType } from '../domain/types';

type ItemRequest = Exclude<AccessRequest, { action: 'create' }>;
type CreateRequest = Extract<AccessRequest, { action: 'create' }>;

export const refused = (x: Refused): Decision => ({ allowed: false, status: x.status, rules: [], refusal: x.refusal });
/** Allowed by exactly one (shared) rule: one shared answer per rule, the usual case. */
const ALLOWED_BY = new WeakMap<Rule, Decision>();
function allowed(rules: RuleList): Decision {
  const only = rules.size === 1 ? rules.list[0] : undefined;
  if (!only || !Object.isFrozen(only)) return { allowed: true, status: 200, rules: rules.snapshot() };
  let d = ALLOWED_BY.get(only);
  if (!d) {
    d = Object.freeze({ allowed: true, status: 200, rules: Object.freeze([only]) as unknown as Rule[] });
    ALLOWED_BY.set(only, d);
  }
  return d;
}
/** Frequent refusals are shared objects (decisions are read-only). */
const shared = (status: 403 | 404, refusal: Refusal): Decision =>
  Object.freeze({ allowed: false, status, rules: Object.freeze([]) as unknown as Rule[], refusal: Object.freeze(refusal) });
const NOT_VISIBLE = shared(404, REFUSE.notVisible());
const NO_RULE = new Map<string, Decision>();
function noRule(action: string, type: string): Decision {
  const k = `${action} ${type}`;
  let d = NO_RULE.get(k);
  if (!d) {
    d = shared(403, REFUSE.noRule(action, type));
    NO_RULE.set(k, d);
  }
  return d;
}
const INSTANCE = new Set<string>(INSTANCE_TYPES);

export function decide(engine: Engine, p: Principal, req: AccessRequest): Decision {
  const gate = engine.gate(p) ?? kindRefusal(p.token, req.type);
  if (gate) return refused(gate);
  const r = engine.rights(p.actingCid, p.now);
  if (req.action === 'create') return decideCreate(engine, p.token, r, req);
  // Hot path: a hidden instance for a token without ACL, answered from memoized marks.
  const marks = p.token.access.type !== TOKEN_KINDS.acl && INSTANCE.has(req.type) ? r.marks[req.type as InstanceType] : undefined;
  if (marks !== undefined && marks !== null && marks[rankOf(engine.wt.instances[req.type as InstanceType], req.id)] !== 1) return NOT_VISIBLE;
  return decideItem(engine, p.token, r, req);
}

/**
 * decide's verdict alone. For a token without an ACL and an instance, the answer depends on the acting
 * account, the type, the action and the item only: after enough questions it is read from a bitset.
 */
export function allows(engine: Engine, p: Principal, req: AccessRequest): boolean {
  const kind = p.token.access.type;
  if (req.action === 'create' || (kind !== TOKEN_KINDS.master && kind !== TOKEN_KINDS.standard)) return decide(engine, p, req).allowed;
  const r = engine.usableRights(p);
  if (r === null) return false;
  // Only instance types have bits (a platform type is not a key of r.bits).
  const byAction = r.bits[req.type as InstanceType] as Record<string, Uint32Array | undefined> | undefined;
  if (byAction === undefined) return decide(engine, p, req).allowed;
  const type = req.type as InstanceType;
  const bits =
    byAction[req.action] ?? engine.allowed.build(r, type, req.action, (id) => decideItem(engine, p.token, r, { action: req.action, type, id }).allowed);
  return bits ? hasBit(bits, req.id) : decideItem(engine, p.token, r, req).allowed;
}

/** ACL checks that depend on the id only (so they reveal nothing about the item). */
export function aclItemRefusal(token: Pick<Token, 'access'>, req: ItemRequest): Refused | null {
  if (!isAclToken(token) || !isInstanceType(req.type)) return null;
  const entries = entriesFor(token, req.type);
  if (entries.length === 0) return { status: 403, refusal: REFUSE.aclMissing(req.type) };
  const covering = entries.filter((e) => entryCovers(e, req.id));
  if (covering.length === 0) return { status: 404, refusal: REFUSE.aclId() };
  if (!covering.some((e) => e.methods.includes('GET'))) return { status: 404, refusal: REFUSE.aclNoRead() };
  return null;
}

/** After the principal and kind gates. */
export function decideItem(engine: Engine, token: Pick<Token, 'access' | 'cid'>, r: AccountRights, req: ItemRequest): Decision {
  const { wt } = engine;
  const instance = INSTANCE.has(req.type);
  const acl = isAclToken(token);
  if (acl) {
    const aclGate = aclItemRefusal(token, req);
    if (aclGate) return refused(aclGate);
  }
  // Memoized readable marks (accounts that ask a lot): hidden items are refused from two array reads,
  // and readable ones need no read rules unless the answer is about reading.
  let readable = false;
  if (instance) {
    const marks = engine.readable.marks(r, req.type as InstanceType);
    if (marks) {
      const rank = rankOf(wt.instances[req.type as InstanceType], req.id);
      if (rank < 0 || marks[rank] !== 1) return NOT_VISIBLE;
      readable = true;
    }
  }
  const needReadRules = !readable || req.action === 'read' || req.action === 'assign';
  const readRules = engine.scratchRead.reset();
  if (needReadRules && (!recordRules(wt, r, req.type, req.id, 'read', readRules) || readRules.size === 0)) return NOT_VISIBLE;
  if (!isItemAction(req.type, req.action)) return refused({ status: 403, refusal: REFUSE.notApplicable(req.action, req.type) });
  if (req.type === 'roles' && (req.action === 'update' || req.action === 'delete') && wt.roles.get(req.id)?.builtin)
    return refused({ status: 403, refusal: REFUSE.builtin() });
  if (acl && instance) {
    const shape = httpShapeOf(req);
    const why = aclShapeRefusal(entriesFor(token, req.type as InstanceType), req.id, shape, req.method !== undefined);
    if (why === 'acl-submodule') return refused({ status: 403, refusal: REFUSE.aclSubmodule(shape.submodule ?? '') });
    if (why === 'acl-method') return refused({ status: 403, refusal: REFUSE.aclMethod(shape.method, req.type) });
  }
  if (req.action === 'read' || req.action === 'assign') return allowed(readRules);
  const rules = engine.scratchAction.reset();
  recordRules(wt, r, req.type, req.id, req.action, rules);
  if (rules.size === 0) return noRule(req.action, req.type);
  return req.action === 'update' && passesOn(req.type) ? changeOwn(engine, token, r, req) : allowed(rules);
}

/** No re-share: a token, grant, role or assignment is changed only with the account's own rights. */
function changeOwn(engine: Engine, token: Pick<Token, 'cid'>, r: AccountRights, req: ItemRequest): Decision {
  if (actsThroughGrant(engine, token, r.cid, r.now)) return refused({ status: 403, refusal: REFUSE.throughOperateAs(req.type, r.cid) });
  const own = new RuleList();
  recordRules(engine.wt, ownRights(r), req.type, req.id, 'update', own);
  return own.size > 0 ? allowed(own) : refused({ status: 403, refusal: REFUSE.heldThroughGrant(req.type, recordCid(engine.wt, req.type, req.id) ?? r.cid) });
}

export function decideCreate(engine: Engine, token: Pick<Token, 'access' | 'cid'>, r: AccountRights, req: CreateRequest): Decision {
  const { wt } = engine;
  if (isAclToken(token) && isInstanceType(req.type)) {
    const entries = entriesFor(token, req.type);
    if (entries.length === 0) return refused({ status: 403, refusal: REFUSE.aclMissing(req.type) });
    if (!entries.some((e) => e.methods.includes('POST'))) return refused({ status: 403, refusal: REFUSE.aclCreate(req.type) });
  }
  if (!wt.pos.has(req.cid)) return refused({ status: 404, refusal: REFUSE.notVisible() });
  const rules = new RuleList();
  createRules(wt, r, req.type, req.cid, rules);
  if (rules.size === 0) {
    const known = new RuleList();
    if (req.cid !== r.cid) recordRules(wt, r, 'subaccounts', req.cid, 'read', known);
    if (req.cid !== r.cid && known.size === 0) return refused({ status: 404, refusal: REFUSE.notVisible() });
    return refused({ status: 403, refusal: REFUSE.noCreate(req.type, req.cid) });
  }
  if (req.type === 'subaccounts' && (wt.depth.get(req.cid) ?? 0) >= 4) return refused({ status: 403, refusal: REFUSE.depth() });
  if (!passesOn(req.type)) return allowed(rules);
  // No re-share: a token, grant, role or assignment is made only with the account's own rights.
  if (actsThroughGrant(engine, token, r.cid, r.now)) return refused({ status: 403, refusal: REFUSE.throughOperateAs(req.type, r.cid) });
  const own = new RuleList();
  createRules(wt, ownRights(r), req.type, req.cid, own);
  return own.size > 0 ? allowed(own) : refused({ status: 403, refusal: REFUSE.heldThroughGrant(req.type, req.cid) });
}

/**
 * Whether the token may list or address records of a type at all (before any item): its kind, and for
 * ACL tokens an entry for the type's uri. Listing is then filtered by `visibleIds`.
 */
export function listRefusal(token: Pick<Token, 'access'>, type: AccessRequest['type']): Refused | null {
  const kind = kindRefusal(token, type);
  if (kind) return kind;
  if (isAclToken(token) && isInstanceType(type) && entriesFor(token, type).length === 0) return { status: 403, refusal: REFUSE.aclMissing(type) };
  return null;
}
