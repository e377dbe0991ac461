/**
 * What one principal may read, as one view over the world: the rule behind every projection of an answer.
 * - Records of every type: those `decide` lets it read (after its token's kind and ACL); a token also
 *   reads itself (`/auth/info`).
 * - Accounts: the acting account, the accounts its token may act as, the subaccounts it reads, and the
 *   grantees of grants it may change (the grantor's side of a grant knows whom it shares with). Any
 *   other account is absent for it: never named, never counted, never linked.
 */
import type { Cid } from '../domain/types';
import type { AccessIndex } from './buildAccessIndex';
import type { Principal, RecordType } from './types';

/** The id a preview gives the draft it describes ("the new grant"): readable, as the caller's own draft. */
export const DRAFT_ID = Number.MAX_SAFE_INTEGER;

export interface ReadableView {
  readonly principal: Principal;
  /** May the principal read this record? (`subaccounts`: does it know this account?) */
  may(type: RecordType, id: number): boolean;
}

export function readableView(ix: AccessIndex, p: Principal): ReadableView {
  const sets = new Map<RecordType, Set<number>>();
  const setOf = (type: RecordType): Set<number> => {
    let set = sets.get(type);
    if (set) return set;
    set = new Set(ix.visibleIds(p, type));
    if (type === 'tokens') set.add(p.token.id);
    if (type === 'subaccounts') for (const c of knownAccounts(ix, p)) set.add(c);
    sets.set(type, set);
    return set;
  };
  return { principal: p, may: (type, id) => id === DRAFT_ID || setOf(type).has(id) };
}

function knownAccounts(ix: AccessIndex, p: Principal): Cid[] {
  const out: Cid[] = [p.actingCid, ...ix.actableAccounts(p.token, p.now)];
  for (const id of ix.visibleIds(p, 'grants')) {
    if (!ix.decide(p, { action: 'update', type: 'grants', id }).allowed) continue;
    const g = ix.world.grants.find((x) => x.id === id);
    if (g) out.push(...g.subaccounts);
  }
  return out;
}
