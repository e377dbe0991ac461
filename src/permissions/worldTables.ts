/**
 * Lookup tables built once per world: accounts in Euler-tour order (a branch is a contiguous range of tour
 * positions), instances per type ordered by their owner's tour position (a branch's instances are one
 * slice), and lookup maps for tokens, grants, roles and role assignments.
 */
import type { Account, Cid, Grant, InstanceType, Role, RoleAssignment, Token, World } from '../domain/types';
import { BUILTIN_ROLES } from './builtinRoles';
import { appendTypeTable, patchTypeTable, removeFromTypeTable, tourChange } from './tablesReuse';
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
  /** The same object as an earlier world's while no access input changed (tablesReuse.ts): its memos still hold. */
  inputs: object;
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

export const isStrictDescendant = (wt: WorldTables, root: Cid, cid: Cid): boolean => cid !== root && inBranch(wt, root, cid);

function buildTour(wt: Pick<WorldTables, 'accounts' | 'children' | 'pos' | 'last' | 'tour' | 'depth' | 'blocked'>, accounts: readonly Account[]): void {
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

type TourTables = Pick<WorldTables, 'accounts' | 'children' | 'pos' | 'posOf' | 'last' | 'tour' | 'depth' | 'blocked'>;

function tourTables(accounts: readonly Account[]): TourTables {
  const t: TourTables = {
    accounts: new Map(),
    children: new Map(),
    pos: new Map(),
    posOf: new Map(),
    last: new Map(),
    tour: [],
    depth: new Map(),
    blocked: new Set(),
  };
  buildTour(t, accounts);
  t.posOf = idLookup(t.pos);
  return t;
}

/**
 * The tables of a world. With `prev`, the tables of a world this one was made from by changes that
 * share every list and record they did not touch (the mock's store makes them so): a table whose
 * source list is the same array is reused, so a change costs what it touched (see tablesReuse.ts), and
 * `inputs` stays `prev`'s when no access input changed.
 */
export function buildWorldTables(world: World, prev?: WorldTables): WorldTables {
  const change = prev ? tourChange(prev.world.accounts, world.accounts) : 'other';
  const sameAccounts = prev !== undefined && change === 'none';
  // A rename or a block keeps every place in the tour; the account lookup then holds the new records.
  const tour = prev && change !== 'other' ? keptTour(prev, world.accounts, change === 'blocked') : tourTables(world.accounts);
  const same = <K extends 'tokens' | 'grants' | 'roles' | 'roleAssignments'>(k: K): boolean => prev !== undefined && prev.world[k] === world[k];
  const { tables, inputsSame } = instanceTables(world, tour, change !== 'other' ? prev : undefined);
  const wt: WorldTables = {
    world,
    accounts: tour.accounts,
    children: tour.children,
    pos: tour.pos,
    posOf: tour.posOf,
    last: tour.last,
    tour: tour.tour,
    depth: tour.depth,
    blocked: tour.blocked,
    instances: tables,
    tokensById: prev && same('tokens') ? prev.tokensById : new Map(world.tokens.map((t) => [t.id, t])),
    tokensByKey: prev && same('tokens') ? prev.tokensByKey : new Map(world.tokens.map((t) => [t.key, t])),
    grantsById: prev && same('grants') ? prev.grantsById : new Map(world.grants.map((g) => [g.id, g])),
    grantsByGrantee: prev && same('grants') ? prev.grantsByGrantee : new Map(),
    roles: prev && same('roles') ? prev.roles : new Map(BUILTIN_ROLES.map((r) => [r.id, r])),
    assignmentsById: prev && same('roleAssignments') ? prev.assignmentsById : new Map(world.roleAssignments.map((a) => [a.id, a])),
    assignmentsBySubject: prev && same('roleAssignments') ? prev.assignmentsBySubject : new Map(),
    inputs: prev && sameAccounts && inputsSame && same('grants') && same('roles') && same('roleAssignments') ? prev.inputs : {},
  };
  if (!(prev && same('grants'))) for (const g of world.grants) for (const c of new Set(g.subaccounts)) push(wt.grantsByGrantee, c, g);
  if (!(prev && same('roles'))) for (const r of world.roles) wt.roles.set(r.id, r);
  if (!(prev && same('roleAssignments'))) for (const a of world.roleAssignments) push(wt.assignmentsBySubject, a.subject_cid, a);
  return wt;
}

/** The tour of `prev` for accounts in the same places under the same parents; `blocked` made again when asked. */
function keptTour(prev: WorldTables, accounts: readonly Account[], reblock: boolean): TourTables {
  const byId = prev.world.accounts === accounts ? prev.accounts : new Map(accounts.map((a) => [a.id, a]));
  if (!reblock) return { ...prev, accounts: byId };
  const blocked = new Set<Cid>();
  // Tour order puts every parent before its children.
  for (const cid of prev.tour) {
    const a = byId.get(cid);
    const parent = a && a.owner_id !== a.id && prev.pos.has(a.owner_id) ? a.owner_id : undefined;
    if (a?.blocked || (parent !== undefined && blocked.has(parent))) blocked.add(cid);
  }
  return { ...prev, accounts: byId, blocked };
}

/**
 * Per-type tables; with `prev` (same tour), a type whose list is unchanged keeps its table, and one whose
 * records changed in place patches it. `inputsSame`: no instance's access input changed.
 */
function instanceTables(world: World, tour: TourTables, prev: WorldTables | undefined): { tables: Record<InstanceType, TypeTable>; inputsSame: boolean } {
  let inputsSame = prev !== undefined;
  const table = (t: InstanceType): TypeTable => {
    const list = world.instances[t] ?? [];
    if (!prev) return buildTypeTable(tour.pos, tour.tour.length, list);
    const before = prev.world.instances[t] ?? [];
    if (before === list) return prev.instances[t];
    const patched = patchTypeTable(prev.instances[t], before, list, t);
    inputsSame &&= patched?.inputsSame ?? false;
    const ti = prev.instances[t];
    return (
      patched?.table ??
      appendTypeTable(ti, before, list, tour.pos) ??
      removeFromTypeTable(ti, before, list, tour.pos) ??
      buildTypeTable(tour.pos, tour.tour.length, list)
    );
  };
  const tables = {
    devices: table('devices'),
    channels: table('channels'),
    streams: table('streams'),
    calcs: table('calcs'),
    plugins: table('plugins'),
    groups: table('groups'),
  };
  return { tables, inputsSame };
}
