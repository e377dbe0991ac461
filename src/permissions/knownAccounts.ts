/**
 * The accounts a principal may know by name (`GET /platform/access/<cid>/names`, issue 20): those of
 * `myAccessView` (its own, those it may act as, those it reads, those that share with it), so the panel names
 * an owner wherever "My access" would name it, for every token kind, and never elsewhere.
 */
import type { Cid } from '../domain/types';
import type { AccessIndex } from './buildAccessIndex';
import { myAccessView } from './tokenLimits';
import type { Principal } from './types';

export interface KnownAccount {
  type: 'subaccounts';
  id: Cid;
  name: string;
}

/**
 * Where `readableView` finds the accounts it knows, asked once per kind instead of once per account (a standard
 * token on the large world: 0.4 s asking each of 1,000 accounts). The view still decides each one.
 */
function candidates(ix: AccessIndex, p: Principal): Set<Cid> {
  const w = ix.world;
  const found = new Set<Cid>([p.actingCid, ...ix.actableAccounts(p.token, p.now), ...ix.visibleIds(p, 'subaccounts')]);
  const readGrants = new Set(ix.visibleIds(p, 'grants'));
  for (const g of w.grants) {
    if (readGrants.has(g.id)) found.add(g.cid);
    if (g.subaccounts.some((cid) => !found.has(cid)) && ix.decide(p, { action: 'update', type: 'grants', id: g.id }).allowed)
      for (const cid of g.subaccounts) found.add(cid);
  }
  const readAssignments = new Set(ix.visibleIds(p, 'role-assignments'));
  for (const a of w.roleAssignments) if (readAssignments.has(a.id)) found.add(a.cid);
  return found;
}

export function knownAccounts(ix: AccessIndex, p: Principal): KnownAccount[] {
  const view = myAccessView(ix, p);
  const seen = candidates(ix, view.principal);
  return ix.world.accounts
    .filter((a) => seen.has(a.id) && view.may('subaccounts', a.id))
    .map((a): KnownAccount => ({ type: 'subaccounts', id: a.id, name: a.name }))
    .sort((a, b) => a.id - b.id);
}
