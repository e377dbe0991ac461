/**
 * ORACLE, part 1: plain facts about a world, computed the slow obvious way (scans and parent walks).
 * Written from access-model.md and NOTES-team.md only; shares no code with the implementation.
 */
import type { Account, Cid, Grant, Instance, Role, RoleAssignment, UnixTime, World } from '../../domain/types';

export function findAccount(w: World, cid: Cid): Account | undefined {
  return w.accounts.find((a) => a.id === cid);
}

/** The account, its parent, its parent's parent... (root last). Stops at a missing parent. */
export function lineage(w: World, cid: Cid): Cid[] {
  const out: Cid[] = [];
  let cur = findAccount(w, cid);
  while (cur && !out.includes(cur.id) && out.length < 64) {
    out.push(cur.id);
    cur = cur.owner_id === 0 ? undefined : findAccount(w, cur.owner_id);
  }
  return out;
}

/** "Its branch": the account itself or any of its descendants. */
export const isInBranchOf = (w: World, root: Cid, cid: Cid): boolean => lineage(w, cid).includes(root);
export const isBelow = (w: World, root: Cid, cid: Cid): boolean => cid !== root && isInBranchOf(w, root, cid);
export const depthOf = (w: World, cid: Cid): number => lineage(w, cid).length - 1;
export const isBlocked = (w: World, cid: Cid): boolean => lineage(w, cid).some((c) => findAccount(w, c)?.blocked === true);

export const grantIsOn = (g: Grant, now: UnixTime): boolean => g.enabled && (g.expire === 0 || now < g.expire);
export const assignmentIsOn = (a: RoleAssignment, now: UnixTime): boolean => a.expire === 0 || now < a.expire;

export function allInstances(w: World): Instance[] {
  return Object.values(w.instances).flat();
}

export function findInstance(w: World, type: string, id: number): Instance | undefined {
  return allInstances(w).find((i) => i.type === type && i.id === id);
}

/** The role catalog: built-ins from the spec table plus whatever the world stores (stored wins). */
export function findRole(w: World, builtins: readonly Role[], id: number): Role | undefined {
  return w.roles.find((r) => r.id === id) ?? builtins.find((r) => r.id === id);
}

export type OracleScope = { cid: Cid; type?: string; id?: number };

/** `/accounts/{cid}`, `/accounts/{cid}/groups/{id}`, `/accounts/{cid}/{type}/{id}`; anything else: null. */
export function readScope(scope: string): OracleScope | null {
  const parts = scope.split('/');
  if (parts[0] !== '' || parts[1] !== 'accounts') return null;
  const num = (s: string | undefined): number | null => (s !== undefined && /^[1-9][0-9]*$/.test(s) ? Number(s) : null);
  const cid = num(parts[2]);
  if (cid === null) return null;
  if (parts.length === 3) return { cid };
  const id = num(parts[4]);
  const kinds = ['devices', 'channels', 'streams', 'calcs', 'plugins', 'groups'];
  if (parts.length !== 5 || !kinds.includes(parts[3] ?? '') || id === null) return null;
  return { cid, type: parts[3], id };
}

/** Operate-as grants the account holds: [grant, subaccount] pairs (subaccount below the grantor). */
export function operateAsOf(w: World, cid: Cid, now: UnixTime): Array<[Grant, Cid]> {
  const out: Array<[Grant, Cid]> = [];
  for (const g of w.grants) {
    if (!grantIsOn(g, now) || !g.subaccounts.includes(cid)) continue;
    for (const item of g.items) {
      if (item.type !== 'subaccounts' || !item.access.includes('operate-as')) continue;
      for (const s of item.ids) if (isBelow(w, g.cid, s) && !out.some(([og, os]) => og.id === g.id && os === s)) out.push([g, s]);
    }
  }
  return out;
}
