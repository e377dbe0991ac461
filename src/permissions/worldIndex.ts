/**
 * Indexes built once per world: accounts in Euler-tour order (a branch is a contiguous range of tour
 * positions), instances per type ordered by their owner's tour position (a branch's instances are one
 * slice), and lookup maps for tokens, grants, roles and role assignments.
 */
import type { Account, Cid, Grant, InstanceType, Role, RoleAssignment, Token, World } from '../domain/types';
import { BUILTIN_ROLES } from './builtinRoles';
import { buildTypeIndex, idLookup } from './typeIndex';
import type { IdLookup, TypeIndex } from './typeIndex';

export { rankOf } from './typeIndex';
export type { IdLookup, TypeIndex } from './typeIndex';

export interface WorldIndex {
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
  instances: Record<InstanceType, TypeIndex>;
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
export function inBranch(wi: WorldIndex, root: Cid, cid: Cid): boolean {
  const p = wi.pos.get(cid);
  const lo = wi.pos.get(root);
  const hi = wi.last.get(root);
  return p !== undefined && lo !== undefined && hi !== undefined && p >= lo && p <= hi;
}

export const isStrictDescendant = (wi: WorldIndex, root: Cid, cid: Cid): boolean =>
  cid !== root && inBranch(wi, root, cid);

function buildTour(wi: WorldIndex, accounts: readonly Account[]): void {
  for (const a of accounts) wi.accounts.set(a.id, a);
  const roots: Cid[] = [];
  for (const a of accounts) {
    if (a.owner_id !== 0 && wi.accounts.has(a.owner_id) && a.owner_id !== a.id) push(wi.children, a.owner_id, a.id);
    else roots.push(a.id);
  }
  const stack: Array<{ cid: Cid; depth: number; exit: boolean; blocked: boolean }> = [];
  for (const r of [...roots].reverse()) stack.push({ cid: r, depth: 0, exit: false, blocked: false });
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    if (top.exit) {
      wi.last.set(top.cid, wi.tour.length - 1);
      continue;
    }
    if (wi.pos.has(top.cid)) continue;
    const blocked = top.blocked || (wi.accounts.get(top.cid)?.blocked ?? false);
    if (blocked) wi.blocked.add(top.cid);
    wi.pos.set(top.cid, wi.tour.length);
    wi.depth.set(top.cid, top.depth);
    wi.tour.push(top.cid);
    stack.push({ ...top, exit: true });
    const kids = wi.children.get(top.cid) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k !== undefined) stack.push({ cid: k, depth: top.depth + 1, exit: false, blocked });
    }
  }
}

export function buildWorldIndex(world: World): WorldIndex {
  const wi: WorldIndex = {
    world,
    accounts: new Map(),
    children: new Map(),
    pos: new Map(),
    posOf: new Map(),
    last: new Map(),
    tour: [],
    depth: new Map(),
    blocked: new Set(),
    instances: null as unknown as Record<InstanceType, TypeIndex>,
    tokensById: new Map(world.tokens.map((t) => [t.id, t])),
    tokensByKey: new Map(world.tokens.map((t) => [t.key, t])),
    grantsById: new Map(world.grants.map((g) => [g.id, g])),
    grantsByGrantee: new Map(),
    roles: new Map(BUILTIN_ROLES.map((r) => [r.id, r])),
    assignmentsById: new Map(world.roleAssignments.map((a) => [a.id, a])),
    assignmentsBySubject: new Map(),
  };
  buildTour(wi, world.accounts);
  wi.posOf = idLookup(wi.pos);
  const typeIndex = (t: InstanceType): TypeIndex => buildTypeIndex(wi.pos, wi.tour.length, world.instances[t] ?? []);
  wi.instances = {
    devices: typeIndex('devices'),
    channels: typeIndex('channels'),
    streams: typeIndex('streams'),
    calcs: typeIndex('calcs'),
    plugins: typeIndex('plugins'),
    groups: typeIndex('groups'),
  };
  for (const g of world.grants) for (const c of new Set(g.subaccounts)) push(wi.grantsByGrantee, c, g);
  for (const r of world.roles) wi.roles.set(r.id, r);
  for (const a of world.roleAssignments) push(wi.assignmentsBySubject, a.subject_cid, a);
  return wi;
}
