/**
 * Who may define, read and assign limits (issue 18; flespi's KB "Limits", "Subaccounts"): a parent defines
 * limits and assigns one to a subaccount; it is responsible for its children. So a limit is the business
 * of the branch that defines it: master tokens whose own account and acting account are both the limit's
 * owner or above it. Never the limited account itself (it sits below its parent), never a grantee acting
 * as an account through operate-as (its token's account is not above), never a standard or ACL token.
 */
import type { Limit } from '../domain/limits';
import type { Account, Cid, World } from '../domain/types';
import { OK, fail } from './guardKit';
import { REFUSE } from './refusals';
import type { GuardResult, Principal } from './types';

/** `cid` and the accounts above it, nearest first. */
export function accountChain(world: World, cid: Cid): Cid[] {
  const owner = new Map(world.accounts.map((a) => [a.id, a.owner_id]));
  const out: Cid[] = [];
  for (let c: Cid | undefined = cid; c !== undefined && owner.has(c) && !out.includes(c); c = owner.get(c)) out.push(c);
  return out;
}

const MANAGERS_ONLY =
  'Only a master token of the account that defines a limit, or of an account above it, acting as one of them, may define, change, assign or read it.';

/** Why the principal may not manage the limits defined by account `ownerCid` (null: it may). */
export function limitManagerRefusal(world: World, p: Principal, ownerCid: Cid): string | null {
  if (p.token.access.type !== 1) return MANAGERS_ONLY;
  const chain = accountChain(world, ownerCid);
  return chain.includes(p.actingCid) && chain.includes(p.token.cid) ? null : MANAGERS_ONLY;
}

export const mayReadLimit = (world: World, p: Principal, limit: Pick<Limit, 'cid'>): boolean => limitManagerRefusal(world, p, limit.cid) === null;

/** The limits the principal reads (and manages). */
export const readableLimits = (world: World, p: Principal): Limit[] => (world.limits ?? []).filter((l) => mayReadLimit(world, p, l));

/**
 * The guard on an account's `limit_id` (create or change of a subaccount): only the branch above the
 * account's parent sets it, to a limit its parent defines. A limit the caller cannot read is as absent (404).
 */
export function checkLimitAssignment(
  world: World,
  p: Principal,
  draft: Pick<Account, 'owner_id' | 'limit_id'>,
  existing?: Pick<Account, 'limit_id'>,
): GuardResult {
  if (draft.limit_id === existing?.limit_id || (draft.limit_id === undefined && !existing)) return OK;
  const manager = limitManagerRefusal(world, p, draft.owner_id);
  if (manager) return fail(403, 'limit_id', 'no-rule', `limit_id: ${manager}`);
  if (draft.limit_id === undefined || draft.limit_id === 0) return OK;
  const limit = (world.limits ?? []).find((l) => l.id === draft.limit_id);
  if (!limit || !mayReadLimit(world, p, limit)) return fail(404, 'limit_id', 'not-visible', REFUSE.absentIn('limit_id', 'limit', draft.limit_id).message);
  if (limit.cid !== draft.owner_id)
    return fail(
      400,
      'limit_id',
      'no-rule',
      `limit_id: limit "${limit.name}" is not one of account ${draft.owner_id}'s (a subaccount takes a limit its parent defines).`,
    );
  return OK;
}
