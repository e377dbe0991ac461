/**
 * What the independent oracle (src/permissions/test) says a principal may read, for the leak harness.
 * Accounts are "known" rather than read: an account the principal reads as a subaccount, its acting
 * account, every account its token may act as, the grantees of grants it may change, and the makers of
 * grants and role assignments it reads.
 */
import { ITEM_TYPES } from '../../../src/domain/types';
import type { Cid, Token, UnixTime, World } from '../../../src/domain/types';
import type { RecordType } from '../../../src/permissions';
import { oracleDecide, oracleMayActAs, oracleVisible } from '../../../src/permissions/test/oracle';
import { ORACLE_BUILTINS } from '../../../src/permissions/test/oracleBuiltins';

export interface OraclePrincipal {
  token: Token;
  actingCid: Cid;
  now: UnixTime;
}

export const RECORD_TYPES: readonly RecordType[] = [...ITEM_TYPES, 'role-assignments'];

export interface OracleView {
  may(type: RecordType, id: number): boolean;
  /** Issue 18: a limit is read by master tokens whose own and acting accounts are both its owner or above it. */
  mayLimit?(id: number): boolean;
}

function limitReader(w: World, p: OraclePrincipal): (id: number) => boolean {
  const above = (cid: Cid): Set<Cid> => {
    const out = new Set<Cid>();
    for (let c: Cid | undefined = cid; c !== undefined && !out.has(c); c = w.accounts.find((a) => a.id === c)?.owner_id)
      if (w.accounts.some((a) => a.id === c)) out.add(c);
    return out;
  };
  return (id) => {
    const l = (w.limits ?? []).find((x) => x.id === id);
    if (!l || p.token.access.type !== 1) return false;
    const chain = above(l.cid);
    return chain.has(p.actingCid) && chain.has(p.token.cid);
  };
}

export function oracleView(w: World, p: OraclePrincipal): OracleView {
  const sets = new Map<RecordType, Set<number>>(RECORD_TYPES.map((t) => [t, new Set(oracleVisible(w, ORACLE_BUILTINS, p, t))]));
  const tokens = sets.get('tokens');
  tokens?.add(p.token.id);
  const accounts = sets.get('subaccounts');
  if (accounts) {
    accounts.add(p.actingCid);
    for (const a of w.accounts) if (oracleMayActAs(w, p.token, a.id, p.now)) accounts.add(a.id);
    for (const g of w.grants)
      if (oracleDecide(w, ORACLE_BUILTINS, p, { action: 'update', type: 'grants', id: g.id }).status === 200) g.subaccounts.forEach((c) => accounts.add(c));
    for (const g of w.grants) if (sets.get('grants')?.has(g.id)) accounts.add(g.cid);
    for (const a of w.roleAssignments) if (sets.get('role-assignments')?.has(a.id)) accounts.add(a.cid);
  }
  return { may: (type, id) => sets.get(type)?.has(id) ?? false, mayLimit: limitReader(w, p) };
}
