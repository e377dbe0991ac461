/**
 * Lookup tables built once per world: accounts in Euler-tour order (a branch is a contiguous range of tour
 * positions), instances per type ordered by their owner's tour position (a branch's instances are one
 * slice), and lookup maps for tokens, grants, roles and role assignments.
 */
import type { Account, Cid, Grant, InstanceType, Role, RoleAssignment, Token, World } from '../domain/types';
import { BUILTIN_ROLES } from './builtinRoles';
import { buildTypeTable, idLookup } from './typeTables';
import type { IdLookup, TypeTable } from './typeTables';

export { rankOf } from './typeTables';
export type { IdLookup, TypeTable } from './typeTables';

export interface WorldTables {
  world: World;
  accounts: Map<Cid, Account>;
  children: Map<Cid, Cid[]>;
  /** Tour position of an account; its branch is `pos..last`. */
  pos: Map<Cid, number>;
  /** The same as `pos`, as a dense array lookup for hot paths. */
  posOf: IdLookup<number>;
  last: Map<Cid, number>;
  /** Accounts by tour position. */
  tour: Cid[];
  depth: Map<Cid, number>;
  /** The account or an ancestor is blocked. */
  blocked: Set<Cid>;
  instances: Record<InstanceType, TypeTable>;
  tokensById: Map<number, Token>;
  tokensByKey: Map<string, Token>;
  grantsById: Map<number, Grant>;
  grantsByGrantee: Map<Cid, Grant[]>;
  roles: Map<number, Role>;
  assignmentsById: Map<number, RoleAssignment>;
  assignmentsBySubject: Map<Cid, RoleAssignment[]>;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Is `cid` in the branch of `root` (itself or a descendant)? */
export function inBranch(wt: WorldTables, root: Cid, cid: Cid): boolean {
  const p = wt.pos.get(cid);
  const lo = wt.pos.get(root);
  const hi = wt.last.get(root);
  return p !== undefined && lo !== undefined && hi !== undefined && p >= lo && p <= hi;
}

export const isStrictDescendant = (wt: WorldTables, root: Cid, cid: Cid): boolean =>
  cid !== root && inBranch(wt, root, cid);

function buildTour(wt: WorldTables, accounts: readonly Account[]): void {
  for (const a of accounts) wt.accounts.set(a.id, a);
  const roots: Cid[] = [];
  for (const a of accounts) {
    if (a.owner_id !== 0 && wt.accounts.has(a.owner_id) && a.owner_id !== a.id) push(wt.children, a.owner_id, a.id);
    else roots.push(a.id);
  }
  const stack: Array<{ cid: Cid; depth: number; exit: boolean; blocked: boolean }> = [];
  for (const r of [...roots].reverse()) stack.push({ cid: r, depth: 0, exit: false, blocked: false });
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    if (top.exit) {
      wt.last.set(top.cid, wt.tour.length - 1);
      continue;
    }
    if (wt.pos.has(top.cid)) continue;
    const blocked = top.blocked || (wt.accounts.get(top.cid)?.blocked ?? false);
    if (blocked) wt.blocked.add(top.cid);
    wt.pos.set(top.cid, wt.tour.length);
    wt.depth.set(top.cid, top.depth);
    wt.tour.push(top.cid);
    stack.push({ ...top, exit: true });
    const kids = wt.children.get(top.cid) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k !== undefined) stack.push({ cid: k, depth: top.depth + 1, exit: false, blocked });
    }
  }
}

export function buildWorldTables(world: World): WorldTables {
  const wt: WorldTables = {
    world,
    accounts: new Map(),
    children: new Map(),
    pos: new Map(),
    posOf: new Map(),
    last: new Map(),
    tour: [],
    depth: new Map(),
    blocked: new Set(),
    instances: null as unknown as Record<InstanceType, TypeTable>,
    tokensById: new Map(world.tokens.map((t) => [t.id, t])),
    tokensByKey: new Map(world.tokens.map((t) => [t.key, t])),
    grantsById: new Map(world.grants.map((g) => [g.id, g])),
    grantsByGrantee: new Map(),
    roles: new Map(BUILTIN_ROLES.map((r) => [r.id, r])),
    assignmentsById: new Map(world.roleAssignments.map((a) => [a.id, a])),
    assignmentsBySubject: new Map(),
  };
  buildTour(wt, world.accounts);
  wt.posOf = idLookup(wt.pos);
  const typeTable = (t: InstanceType): TypeTable => buildTypeTable(wt.pos, wt.tour.length, world.instances[t] ?? []);
  wt.instances = {
    devices: typeTable('devices'),
    channels: typeTable('channels'),
    streams: typeTable('streams'),
    calcs: typeTable('calcs'),
    plugins: typeTable('plugins'),
    groups: typeTable('groups'),
  };
  for (const g of world.grants) for (const c of new Set(g.subaccounts)) push(wt.grantsByGrantee, c, g);
  for (const r of world.roles) wt.roles.set(r.id, r);
  for (const a of world.roleAssignments) push(wt.assignmentsBySubject, a.subject_cid, a);
  return wt;
}
