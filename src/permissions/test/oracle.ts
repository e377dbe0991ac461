/**
 * ORACLE: a deliberately simple, slow model of access-model.md (plus the decisions in NOTES-team.md),
 * used by the property tests to check the permission module. It shares no code with the module: only
 * the domain types and the contract's type declarations.
 */
import type { AclEntry, Cid, HttpMethod, Role, Token, UnixTime, World } from '../../domain/types';
import type { AccessRequest, RecordType, RefusalCode, Rule } from '../types';
import type { Ctx } from './oracleRules';
import { ORACLE_PASS_ON, oracleActsThroughGrant, oracleOwn } from './oraclePassOn';
import { oracleCreateRules, oracleItemRules } from './oracleRules';
import { depthOf, findAccount, findRole, isBlocked, isInBranchOf, operateAsOf } from './oracleWorld';

export interface OracleAnswer {
  status: 200 | 401 | 403 | 404;
  code?: RefusalCode;
  rules: Rule[];
}

const no = (status: 401 | 403 | 404, code: RefusalCode): OracleAnswer => ({ status, code, rules: [] });
const yes = (rules: Rule[]): OracleAnswer => ({ status: 200, rules });

/** "valid while at least one of the set ones is valid"; none set: never lapses. */
export function oracleTokenUsable(t: Token, now: UnixTime): 'ok' | 'token-disabled' | 'token-expired' {
  if (!t.enabled) return 'token-disabled';
  const limits: number[] = [];
  if (t.expire !== 0) limits.push(t.expire);
  if (t.ttl !== 0) limits.push(Math.max(t.accessed, t.created) + t.ttl);
  if (limits.length > 0 && !limits.some((l) => now < l)) return 'token-expired';
  return 'ok';
}

export function oracleMayActAs(w: World, t: Token, cid: Cid, now: UnixTime): boolean {
  if (!findAccount(w, cid)) return false;
  if (isInBranchOf(w, t.cid, cid)) return true;
  return operateAsOf(w, t.cid, now).some(([, s]) => isInBranchOf(w, s, cid));
}

const INSTANCE_KINDS = ['devices', 'channels', 'streams', 'calcs', 'plugins', 'groups'];

function defaultSub(req: { action: string; type: string }): string | undefined {
  if (req.action === 'logs') return 'logs';
  if (req.action === 'command') return 'commands';
  if (req.action === 'assign' && req.type !== 'roles') return 'devices';
  return undefined;
}
function defaultMethod(action: string): HttpMethod {
  return ({ update: 'PUT', delete: 'DELETE', command: 'POST', assign: 'POST' } as Record<string, HttpMethod>)[action] ?? 'GET';
}

export function oracleDecide(w: World, builtins: readonly Role[], p: { token: Token; actingCid: Cid; now: UnixTime }, req: AccessRequest): OracleAnswer {
  const t = p.token;
  const usable = oracleTokenUsable(t, p.now);
  if (usable !== 'ok') return no(401, usable);
  if (!findAccount(w, t.cid)) return no(401, 'token-unknown');
  if (isBlocked(w, t.cid)) return no(401, 'account-blocked');
  if (!oracleMayActAs(w, t, p.actingCid, p.now)) return no(403, 'cid-not-allowed');
  if (isBlocked(w, p.actingCid)) return no(403, 'account-blocked');
  const kind = t.access.type;
  if (kind !== 0 && kind !== 1 && kind !== 2) return no(403, 'token-kind');
  if (kind !== 1 && !INSTANCE_KINDS.includes(req.type)) return no(403, 'token-kind');
  const entries: AclEntry[] = kind === 2 ? t.access.acl.filter((e) => e.uri === `gw/${req.type}`) : [];
  const c: Ctx = { w, builtins, a: p.actingCid, now: p.now };

  if (req.action === 'create') {
    if (kind === 2 && entries.length === 0) return no(403, 'acl-missing');
    if (kind === 2 && !entries.some((e) => e.methods.includes('POST'))) return no(403, 'acl-method');
    if (!findAccount(w, req.cid)) return no(404, 'not-visible');
    const rules = oracleCreateRules(c, req.type, req.cid);
    if (rules.length === 0) {
      const known = req.cid === p.actingCid || (oracleItemRules(c, 'subaccounts', req.cid, 'read') ?? []).length > 0;
      return known ? no(403, 'no-rule') : no(404, 'not-visible');
    }
    if (req.type === 'subaccounts' && depthOf(w, req.cid) >= 4) return no(403, 'no-rule');
    if (!ORACLE_PASS_ON.includes(req.type)) return yes(rules);
    if (oracleActsThroughGrant(w, t, p.actingCid)) return no(403, 'escalation');
    const own = oracleOwn(rules);
    return own.length > 0 ? yes(own) : no(403, 'escalation');
  }

  const covering = entries.filter((e) => e.ids === 'all' || e.ids.includes(req.id));
  if (kind === 2) {
    if (entries.length === 0) return no(403, 'acl-missing');
    if (covering.length === 0) return no(404, 'acl-id');
    if (!covering.some((e) => e.methods.includes('GET'))) return no(404, 'acl-method');
  }
  const readRules = oracleItemRules(c, req.type, req.id, 'read');
  if (!readRules || readRules.length === 0) return no(404, 'not-visible');
  const applicable: Record<string, string[]> = {
    devices: ['command'],
    roles: ['assign'],
    groups: ['assign'],
    calcs: ['assign'],
    streams: ['assign'],
    plugins: ['assign'],
  };
  if (!['read', 'update', 'delete', 'logs', ...(applicable[req.type] ?? [])].includes(req.action)) return no(403, 'no-rule');
  if (req.type === 'roles' && (req.action === 'update' || req.action === 'delete') && findRole(w, builtins, req.id)?.builtin) return no(403, 'no-rule');
  if (kind === 2) {
    const sub = req.submodule ?? defaultSub(req);
    const method = req.method ?? defaultMethod(req.action);
    const methods: HttpMethod[] = req.method === undefined && method === 'PUT' ? ['PUT', 'PATCH'] : [method];
    const lets = (e: AclEntry): boolean => {
      if (sub === undefined || !e.submodules || e.submodules.length === 0) return e.methods.some((m) => methods.includes(m));
      return e.submodules.some((s) => s.name === sub && s.methods.some((m) => methods.includes(m)));
    };
    if (!covering.some(lets)) {
      const subsListed = covering.some((e) => (e.submodules ?? []).length > 0);
      return no(403, sub !== undefined && subsListed ? 'acl-submodule' : 'acl-method');
    }
  }
  if (req.action === 'read' || req.action === 'assign') return yes(readRules);
  const rules = oracleItemRules(c, req.type, req.id, req.action) ?? [];
  if (rules.length === 0) return no(403, 'no-rule');
  if (req.action !== 'update' || !ORACLE_PASS_ON.includes(req.type)) return yes(rules);
  // No re-share: changing what passes rights on takes the account's own rights, never a grant's.
  if (oracleActsThroughGrant(w, t, p.actingCid)) return no(403, 'escalation');
  const own = oracleOwn(rules);
  return own.length > 0 ? yes(own) : no(403, 'escalation');
}

/** Every record id of a type that exists in the world. */
export function oracleIds(w: World, builtins: readonly Role[], type: RecordType): number[] {
  if (INSTANCE_KINDS.includes(type)) return (w.instances[type as 'devices'] ?? []).map((i) => i.id);
  if (type === 'subaccounts') return w.accounts.map((a) => a.id);
  if (type === 'tokens') return w.tokens.map((t) => t.id);
  if (type === 'grants') return w.grants.map((g) => g.id);
  if (type === 'role-assignments') return w.roleAssignments.map((a) => a.id);
  const ids = new Set([...builtins.map((r) => r.id), ...w.roles.map((r) => r.id)]);
  return [...ids];
}

/** The ids the principal may read: by definition, those a read question is allowed on. */
export function oracleVisible(w: World, builtins: readonly Role[], p: { token: Token; actingCid: Cid; now: UnixTime }, type: RecordType): number[] {
  return oracleIds(w, builtins, type)
    .filter((id) => oracleDecide(w, builtins, p, { action: 'read', type, id }).status === 200)
    .sort((a, b) => a - b);
}
