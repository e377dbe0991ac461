/** No escalation through tokens: only master tokens create tokens; an ACL entry never exceeds its creator. */
import { ACL_URIS, HTTP_METHODS, SUBMODULES, TOKEN_KINDS } from '../domain/types';
import type { AclEntry, Action, HttpMethod, InstanceType, Submodule, Token } from '../domain/types';
import type { Engine } from './engine';
import { OK, check, escalation, holdsOverAccount, invalid, isIdList, isNonNegativeInt, principalGate } from './guardKit';
import { isMaster } from './tokenRules';
import type { GuardResult, Principal } from './types';

export type TokenDraft = Omit<Token, 'id' | 'key' | 'created' | 'accessed'>;

const METHOD_ACTION: Record<HttpMethod, Exclude<Action, 'create'> | null> = {
  GET: 'read',
  PUT: 'update',
  PATCH: 'update',
  DELETE: 'delete',
  POST: null,
};

/** The action a submodule call stands for (see aclRules.httpShapeOf for the other direction). */
export function submoduleAction(name: Submodule, method: HttpMethod): Exclude<Action, 'create'> {
  if (name === 'logs' && method === 'GET') return 'logs';
  if (name === 'commands' && method === 'POST') return 'command';
  if (name === 'devices' && (method === 'POST' || method === 'DELETE')) return 'assign';
  return method === 'GET' ? 'read' : 'update';
}

function validateEntry(e: AclEntry, f: string): GuardResult {
  if (!(ACL_URIS as readonly string[]).includes(e.uri)) return invalid(`${f}.uri`, `expected one of ${ACL_URIS.join(', ')}`);
  if (!Array.isArray(e.methods) || !e.methods.every((m) => (HTTP_METHODS as readonly string[]).includes(m)))
    return invalid(`${f}.methods`, `expected a list of ${HTTP_METHODS.join(', ')}`);
  if (e.ids !== 'all' && !isIdList(e.ids)) return invalid(`${f}.ids`, 'expected "all" or a list of ids');
  for (const [j, s] of (e.submodules ?? []).entries()) {
    if (!(SUBMODULES as readonly string[]).includes(s.name)) return invalid(`${f}.submodules[${j}].name`, `expected one of ${SUBMODULES.join(', ')}`);
    if (!Array.isArray(s.methods) || !s.methods.every((m) => (HTTP_METHODS as readonly string[]).includes(m)))
      return invalid(`${f}.submodules[${j}].methods`, `expected a list of ${HTTP_METHODS.join(', ')}`);
  }
  return OK;
}

/** Every listed id must be one the creator reads, and every method one it may use on each of them. */
function entryWithinCreator(engine: Engine, p: Principal, e: AclEntry, cid: number, f: string): GuardResult {
  const type = e.uri.slice(3) as InstanceType;
  if (e.methods.includes('POST') && !check(engine, p, { action: 'create', type, cid }, f).ok)
    return escalation(`${f}.methods`, `you may not create ${type} in account ${cid}`);
  if (e.ids === 'all') return OK; // capped at run time by the token's own account
  for (const id of e.ids) {
    if (!check(engine, p, { action: 'read', type, id }, f).ok) return escalation(`${f}.ids`, 'lists an item you cannot read');
    for (const m of e.methods) {
      const action = METHOD_ACTION[m];
      if (action && !check(engine, p, { action, type, id }, f).ok) return escalation(`${f}.methods`, `${m} gives more than you hold on a listed item`);
    }
    for (const [j, s] of (e.submodules ?? []).entries())
      for (const m of s.methods)
        if (!check(engine, p, { action: submoduleAction(s.name, m), type, id }, f).ok)
          return escalation(`${f}.submodules[${j}].methods`, `${s.name} ${m} gives more than you hold on a listed item`);
  }
  return OK;
}

export function checkTokenDraft(engine: Engine, p: Principal, draft: TokenDraft): GuardResult {
  const gate = principalGate(engine, p);
  if (!gate.ok) return gate;
  if (!isMaster(p.token)) return escalation('access.type', 'only a master token may create or change tokens');
  const kind = draft.access?.type;
  if (kind !== TOKEN_KINDS.standard && kind !== TOKEN_KINDS.master && kind !== TOKEN_KINDS.acl)
    return invalid('access.type', 'expected 0 (standard), 1 (master) or 2 (ACL)');
  const where = check(engine, p, { action: 'create', type: 'tokens', cid: draft.cid }, 'cid');
  if (!where.ok) return where;
  // A token carries all of its account's rights and would outlive a grant: only the account's own branch mints one.
  if (!holdsOverAccount(engine, p, draft.cid, null))
    return escalation('cid', "a token carries all of its account's rights; you may create tokens only for accounts of your own branch (not one you reach through a grant or a role; ask the account's owner)");
  if (!isNonNegativeInt(draft.expire)) return invalid('expire', 'expected a unix time (0 = not set)');
  if (!isNonNegativeInt(draft.ttl)) return invalid('ttl', 'expected seconds (0 = not set)');
  if (draft.expire === 0 && draft.ttl === 0) return invalid('expire', 'a token must expire: set expire, ttl or both');
  if (kind !== TOKEN_KINDS.acl) return OK;
  if (!Array.isArray(draft.access.acl)) return invalid('access.acl', 'expected a list of entries');
  for (const [i, e] of draft.access.acl.entries()) {
    const v = validateEntry(e, `access.acl[${i}]`);
    if (!v.ok) return v;
  }
  for (const [i, e] of draft.access.acl.entries()) {
    const w = entryWithinCreator(engine, p, e, draft.cid, `access.acl[${i}]`);
    if (!w.ok) return w;
  }
  return OK;
}
