/**
 * The naive way: no indexes beyond id maps. Each question scans the principal's grants and role
 * assignments (filtered from the full lists) and walks the owner's parent chain for branches.
 */
import type { Account, Action, Cid, Grant, Instance, Role, RoleAssignment, World } from '../src/domain/types';
import { BUILTIN_ROLES } from '../src/permissions';

export interface NaiveWorld {
  w: World;
  accounts: Map<Cid, Account>;
  groups: Map<number, Instance>;
  roles: Map<number, Role>;
}

export const naiveWorld = (w: World): NaiveWorld => ({
  w,
  accounts: new Map(w.accounts.map((a) => [a.id, a])),
  groups: new Map(w.instances.groups.map((g) => [g.id, g])),
  roles: new Map([...BUILTIN_ROLES, ...w.roles].map((r) => [r.id, r])),
});

function inBranch(nw: NaiveWorld, root: Cid, cid: Cid): boolean {
  for (let a = nw.accounts.get(cid); a; a = nw.accounts.get(a.owner_id)) if (a.id === root) return true;
  return false;
}

export interface NaivePrincipal {
  cid: Cid;
  grants: Grant[];
  assignments: RoleAssignment[];
}

/** The per-request scan of the full grant and assignment lists. */
export const naivePrincipal = (nw: NaiveWorld, cid: Cid, now: number): NaivePrincipal => ({
  cid,
  grants: nw.w.grants.filter((g) => g.enabled && (g.expire === 0 || g.expire > now) && g.subaccounts.includes(cid)),
  assignments: nw.w.roleAssignments.filter((a) => a.subject_cid === cid && (a.expire === 0 || a.expire > now)),
});

function gives(nw: NaiveWorld, p: NaivePrincipal, d: Instance, action: Action): boolean {
  if (inBranch(nw, p.cid, d.cid)) return true;
  for (const g of p.grants)
    for (const item of g.items) {
      if (item.type === 'subaccounts') {
        for (const s of item.ids) {
          if (s === g.cid || !inBranch(nw, g.cid, s)) continue;
          if (item.access.includes('operate-as') && inBranch(nw, s, d.cid)) return true;
          if (d.cid === s && (action === 'read' || (action === 'logs' && (d.type === 'devices' || d.type === 'channels')))) return true;
        }
      } else if (item.type === d.type && d.cid === g.cid && (item.ids === 'all' || item.ids.includes(d.id))) {
        if (action === 'read' || (action === 'logs' && (d.type === 'devices' || d.type === 'channels'))) return true;
        if ((action === 'update' || action === 'logs') && item.access.includes('edit')) return true;
        if (action === 'delete' && item.access.includes('delete')) return true;
        if (action === 'command' && d.type === 'devices' && item.access.includes('command')) return true;
      }
    }
  for (const a of p.assignments) {
    const role = nw.roles.get(a.role_id);
    if (!role?.permissions.includes(`${d.type}:${action}`)) continue;
    const m = /^\/accounts\/(\d+)(?:\/(\w+)\/(\d+))?$/.exec(a.scope);
    if (!m || !nw.accounts.has(Number(m[1]))) continue;
    const scopeCid = Number(m[1]);
    if (m[2] === undefined) {
      if (inBranch(nw, scopeCid, d.cid)) return true;
    } else if (m[2] === d.type && Number(m[3]) === d.id && d.cid === scopeCid) return true;
    else if (m[2] === 'groups' && d.type === 'devices') {
      const g = nw.groups.get(Number(m[3]));
      if (g && g.cid === scopeCid && (g.devices ?? []).includes(d.id) && inBranch(nw, scopeCid, d.cid)) return true;
    }
  }
  return false;
}

export const naiveAllows = (nw: NaiveWorld, p: NaivePrincipal, d: Instance, action: Action): boolean =>
  gives(nw, p, d, 'read') && (action === 'read' || gives(nw, p, d, action));
