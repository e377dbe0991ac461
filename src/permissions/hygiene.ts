/**
 * "Gives nothing any more": grants and role assignments that stay in the world but give no right,
 * each with its reasons. The hygiene view lists them (those the principal can see) for cleanup.
 */
import type { Cid, Grant, GrantItem, Role, RoleAssignment, UnixTime, World } from '../domain/types';
import { describeAssignment, parseScope } from './scope';
import type { ReadableView } from './readableView';

export type HygieneCode = 'expired' | 'disabled' | 'no-grantees' | 'no-items' | 'role-missing' | 'role-empty' | 'subject-missing' | 'scope-missing';

export interface HygieneReason {
  code: HygieneCode;
  message: string;
}

export interface HygieneFinding {
  type: 'grants' | 'role-assignments';
  id: number;
  /** The owner (grantor, or the account that made the assignment). */
  cid: Cid;
  name: string;
  reasons: HygieneReason[];
}

interface Lookup {
  accounts: Map<Cid, Cid>;
  owners: Map<string, Cid>;
  roles: Map<number, { name: string; permissions: readonly string[] }>;
}

/** `view`: roles it may not read are named by id. */
function lookup(world: World, view?: ReadableView): Lookup {
  const owners = new Map<string, Cid>();
  for (const [type, list] of Object.entries(world.instances)) for (const i of list) owners.set(`${type}:${i.id}`, i.cid);
  const named = (r: Role) => (!view || view.may('roles', r.id) ? r : { ...r, name: `Role #${r.id}` });
  return {
    accounts: new Map(world.accounts.map((a) => [a.id, a.owner_id])),
    owners,
    roles: new Map(world.roles.map((r) => [r.id, named(r)])),
  };
}

/** Whether `cid` is strictly below `ancestor`. */
function isBelow(l: Lookup, cid: Cid, ancestor: Cid): boolean {
  const seen = new Set<Cid>();
  for (let c = l.accounts.get(cid); c !== undefined && c !== 0 && !seen.has(c); c = l.accounts.get(c)) {
    if (c === ancestor) return true;
    seen.add(c);
  }
  return false;
}

/** An item gives something while it names at least one existing record of the grantor ("all" always does). */
function itemGives(l: Lookup, grantor: Cid, it: GrantItem): boolean {
  if (it.type === 'subaccounts') return it.ids.some((id) => l.accounts.has(id) && isBelow(l, id, grantor));
  if (it.ids === 'all') return true;
  return it.ids.some((id) => l.owners.get(`${it.type}:${id}`) === grantor);
}

export function grantReasons(world: World, g: Grant, now: UnixTime, l: Lookup = lookup(world)): HygieneReason[] {
  const reasons: HygieneReason[] = [];
  if (g.expire > 0 && g.expire <= now) reasons.push({ code: 'expired', message: 'It has expired.' });
  if (!g.enabled) reasons.push({ code: 'disabled', message: 'It is disabled.' });
  if (!g.subaccounts.some((c) => l.accounts.has(c))) reasons.push({ code: 'no-grantees', message: 'It has no grantee account (left).' });
  if (!g.items.some((it) => itemGives(l, g.cid, it))) {
    reasons.push({ code: 'no-items', message: 'Its item lists are empty or name only records that were deleted.' });
  }
  return reasons;
}

export function assignmentReasons(world: World, a: RoleAssignment, now: UnixTime, l: Lookup = lookup(world)): HygieneReason[] {
  const reasons: HygieneReason[] = [];
  if (a.expire > 0 && a.expire <= now) reasons.push({ code: 'expired', message: 'It has expired.' });
  const role = l.roles.get(a.role_id);
  if (!role) reasons.push({ code: 'role-missing', message: `Its role #${a.role_id} was deleted.` });
  else if (role.permissions.length === 0) reasons.push({ code: 'role-empty', message: `Its role “${role.name}” has no permissions.` });
  if (!l.accounts.has(a.subject_cid)) reasons.push({ code: 'subject-missing', message: 'Its subject account was deleted.' });
  const s = parseScope(a.scope);
  const resolves = s !== null && l.accounts.has(s.cid) && (s.kind === 'account' || l.owners.get(`${s.type}:${s.id}`) === s.cid);
  if (!resolves) reasons.push({ code: 'scope-missing', message: `Its scope ${a.scope} names nothing that exists.` });
  return reasons;
}

/** Every grant and role assignment of the world that gives nothing, with why (`only`: ids to consider). */
export function hygieneFindings(
  world: World,
  now: UnixTime,
  only?: { grants: ReadonlySet<number>; assignments: ReadonlySet<number> },
  /** Whose findings these are: roles and accounts it may not read are named by id only. */
  view?: ReadableView,
): HygieneFinding[] {
  const may = (type: 'roles' | 'subaccounts', id: number): boolean => !view || view.may(type, id);
  const l = lookup(world, view);
  const out: HygieneFinding[] = [];
  for (const g of world.grants) {
    if (only && !only.grants.has(g.id)) continue;
    const reasons = grantReasons(world, g, now, l);
    if (reasons.length) out.push({ type: 'grants', id: g.id, cid: g.cid, name: g.name, reasons });
  }
  for (const a of world.roleAssignments) {
    if (only && !only.assignments.has(a.id)) continue;
    const reasons = assignmentReasons(world, a, now, l);
    if (!reasons.length) continue;
    const name = describeAssignment(
      a,
      (id) => (may('roles', id) ? l.roles.get(id)?.name : undefined) ?? `Role #${id}`,
      (cid) => (may('subaccounts', cid) ? world.accounts.find((x) => x.id === cid)?.name : undefined) ?? `Account #${cid}`,
    );
    out.push({ type: 'role-assignments', id: a.id, cid: a.cid, name, reasons });
  }
  return out;
}
