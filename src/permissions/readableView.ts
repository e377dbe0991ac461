/**
 * What one principal may read, as one view over the world: the rule behind every projection of an answer.
 * - Records of every type: those `decide` lets it read (after its token's kind and ACL); a token also
 *   reads itself (`/auth/info`).
 * - Accounts: the acting account, the accounts its token may act as, the subaccounts it reads, and the
 *   grantees of grants it may change (the grantor's side of a grant knows whom it shares with), and the
 *   makers of grants and role assignments it reads (a grantee knows who shares with it: issue 20). Any
 *   other account is absent for it: never named, never counted, never linked.
 */
import type { Cid, Token, UnixTime, World } from '../domain/types';
import type { AccessIndex } from './buildAccessIndex';
import { mayReadLimit } from './limits';
import { accountToken } from './listAccess';
import type { Principal, RecordType } from './types';

/** The id a preview gives the draft it describes ("the new grant"): readable, as the caller's own draft. */
export const DRAFT_ID = Number.MAX_SAFE_INTEGER;

export interface ReadableView {
  readonly principal: Principal;
  /** May the principal read this record? (`subaccounts`: does it know this account?) */
  may(type: RecordType, id: number): boolean;
  /** May the principal read this limit (issue 18)? Absent: no limit is readable. */
  mayLimit?(id: number): boolean;
}

/** Answers one id at a time (a page of 50 records costs 50 questions, not a listing of 100,000 devices), memoized. */
export function readableView(ix: AccessIndex, p: Principal): ReadableView {
  const memo = new Map<string, boolean>();
  let actable: Set<Cid> | null = null;
  const knows = (cid: Cid): boolean => {
    if (cid === p.actingCid) return true;
    actable ??= new Set(ix.actableAccounts(p.token, p.now));
    if (actable.has(cid)) return true;
    if (ix.world.grants.some((g) => g.subaccounts.includes(cid) && ix.decide(p, { action: 'update', type: 'grants', id: g.id }).allowed)) return true;
    if (ix.world.grants.some((g) => g.cid === cid && ix.decide(p, { action: 'read', type: 'grants', id: g.id }).allowed)) return true;
    return ix.world.roleAssignments.some((a) => a.cid === cid && ix.decide(p, { action: 'read', type: 'role-assignments', id: a.id }).allowed);
  };
  const compute = (type: RecordType, id: number): boolean =>
    id === DRAFT_ID || (type === 'tokens' && id === p.token.id) || ix.decide(p, { action: 'read', type, id }).allowed || (type === 'subaccounts' && knows(id));
  return {
    principal: p,
    mayLimit: (id) => {
      const limit = (ix.world.limits ?? []).find((l) => l.id === id);
      return !!limit && mayReadLimit(ix.world, p, limit);
    },
    may: (type, id) => {
      const key = `${type}:${id}`;
      let v = memo.get(key);
      if (v === undefined) memo.set(key, (v = compute(type, id)));
      return v;
    },
  };
}

function exists(w: World, type: RecordType, id: number): boolean {
  switch (type) {
    case 'subaccounts':
      return w.accounts.some((a) => a.id === id);
    case 'tokens':
      return w.tokens.some((t) => t.id === id);
    case 'grants':
      return w.grants.some((g) => g.id === id);
    case 'roles':
      return w.roles.some((r) => r.id === id);
    case 'role-assignments':
      return w.roleAssignments.some((a) => a.id === id);
    default:
      return w.instances[type].some((i) => i.id === id);
  }
}

/**
 * The view an answer is projected with once its request is done: what the principal reads now, plus the
 * records the request removed that it read before, so a delete can report what went with it (naming a
 * record the caller saw until this request tells it nothing new). A record that still exists is named
 * only if the principal reads it now.
 */
export function answerView(before: AccessIndex, after: AccessIndex, p: Principal): ReadableView {
  const now = readableView(after, p);
  if (before === after) return now;
  const then = readableView(before, p);
  const limitGone = (id: number) => !(after.world.limits ?? []).some((l) => l.id === id);
  return {
    principal: p,
    may: (type, id) => now.may(type, id) || (then.may(type, id) && !exists(after.world, type, id)),
    mayLimit: (id) => !!now.mayLimit?.(id) || (!!then.mayLimit?.(id) && limitGone(id)),
  };
}

/**
 * The view a token's own record is answered with (`/auth/info`): what its account reads, without the token's
 * kind and ACL. Its ACL ids are cut to that: an id its account cannot read gives the token nothing (the
 * token's reach is its account's rights within its ACL), and one it can read stays even where the ACL gives
 * no GET on it (a DELETE-only entry still names its ids, so the panel shows the token what it may do).
 */
export function ownTokenView(ix: AccessIndex, token: Token, now: UnixTime): ReadableView {
  const asAccount = readableView(ix, { token: accountToken(token.cid), actingCid: token.cid, now });
  return { principal: { token, actingCid: token.cid, now }, may: (type, id) => (type === 'tokens' && id === token.id) || asAccount.may(type, id) };
}
