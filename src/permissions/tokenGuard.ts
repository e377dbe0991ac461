/** No escalation through tokens: only master tokens create tokens; an ACL entry never exceeds its creator. */
import { TOKEN_KINDS } from '../domain/types';
import { ACL_URIS, aclUriType } from '../domain/aclUris';
import type { AclEntry, Action, HttpMethod, Submodule, Token } from '../domain/types';
import type { Engine } from './engine';
import { OK, check, escalation, holdsOverAccount, invalid, principalGate } from './guardKit';
import { isMaster } from './tokenFacts';
import { tokenFieldProblems } from './tokenFields';
import type { GuardResult, Principal } from './types';

export type TokenDraft = Omit<Token, 'id' | 'key' | 'created' | 'accessed'>;

const METHOD_ACTION: Record<HttpMethod, Exclude<Action, 'create'> | null> = {
  GET: 'read',
  PUT: 'update',
  PATCH: 'update',
  DELETE: 'delete',
  POST: null,
};

/** The action a submodule call stands for (see aclEntries.httpShapeOf for the other direction). */
export function submoduleAction(name: Submodule, method: HttpMethod): Exclude<Action, 'create'> {
  if (name === 'logs' && method === 'GET') return 'logs';
  if (name === 'commands' && method === 'POST') return 'command';
  if (name === 'devices' && (method === 'POST' || method === 'DELETE')) return 'assign';
  return method === 'GET' ? 'read' : 'update';
}

/** Every listed id must be one the creator reads, and every method one it may use on each of them. */
function entryWithinCreator(engine: Engine, p: Principal, e: AclEntry, cid: number, f: string): GuardResult {
  const type = aclUriType(e.uri);
  if (!type) return invalid(`${f}.uri`, `expected one of ${ACL_URIS.join(', ')}`);
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

/**
 * Whether the principal may mint a token of this kind for `cid` at all (before any field of the draft): the
 * token form's kind choices ask this alone.
 */
export function tokenKindGate(engine: Engine, p: Principal, cid: number, kind: unknown): GuardResult {
  const gate = principalGate(engine, p);
  if (!gate.ok) return gate;
  if (!isMaster(p.token)) return escalation('access.type', 'only a master token may create or change tokens');
  if (kind !== TOKEN_KINDS.standard && kind !== TOKEN_KINDS.master && kind !== TOKEN_KINDS.acl)
    return invalid('access.type', 'expected 0 (standard), 1 (master) or 2 (ACL)');
  const where = check(engine, p, { action: 'create', type: 'tokens', cid }, 'cid');
  if (!where.ok) return where;
  // A token carries all of its account's rights and would outlive a grant: only the account's own branch mints one.
  if (!holdsOverAccount(engine, p, cid, null))
    return escalation(
      'cid',
      "a token carries all of its account's rights; you may create tokens only for accounts of your own branch (not one you reach through a grant or a role; ask the account's owner)",
    );
  return OK;
}

/** `existing`: the token being changed (an unchanged past `expire` may stay). */
export function checkTokenDraft(engine: Engine, p: Principal, draft: TokenDraft, existing?: Pick<Token, 'expire'>): GuardResult {
  const kind = tokenKindGate(engine, p, draft.cid, draft.access?.type);
  if (!kind.ok) return kind;
  const problem = tokenFieldProblems(draft, { now: p.now, existing })[0];
  if (problem) return invalid(problem.field, problem.message);
  for (const [i, e] of draft.access.acl.entries()) {
    const w = entryWithinCreator(engine, p, e, draft.cid, `access.acl[${i}]`);
    if (!w.ok) return w;
  }
  return OK;
}
