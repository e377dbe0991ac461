/**
 * Random questions about a world, as plain numbers so that fast-check shrinks them: a principal (one of the
 * world's tokens, acting as its own account, as one the generator suggests, or as any account) and a request
 * (an action on an existing or missing record, with an HTTP shape now and then, or a create in an account).
 */
import fc from 'fast-check';
import type { Action, World } from '../../domain/types';
import { accountPrincipal, parseScope, tokenState } from '../../permissions';
import type { AccessRequest, Principal } from '../../permissions';
import { GEN_NOW } from '../../permissions/test/worldArb';
import { rolesOf } from '../exportCedar';
import { isLiveGrant } from '../grantLinks';
import { RECORD_TYPES } from '../vocabulary';
import type { CedarRecordType } from '../vocabulary';

export const questionArb = fc.record({
  token: fc.nat(9),
  acting: fc.nat(7),
  type: fc.nat(RECORD_TYPES.length - 1),
  create: fc.nat(4),
  id: fc.nat(40),
  action: fc.nat(5),
  shape: fc.nat(9),
  /** 0-2: a record the principal reads (asked of the module), so that many questions reach the rules. */
  target: fc.nat(3),
});
export type QuestionPick = typeof questionArb extends fc.Arbitrary<infer T> ? T : never;

export interface Question {
  p: Principal;
  req: AccessRequest;
}

const ACTIONS: readonly Exclude<Action, 'create'>[] = ['read', 'update', 'delete', 'logs', 'command', 'assign'];
/** HTTP shapes the module is asked about for ACL tokens (as in its own property test), and two more. */
const SHAPES: ReadonlyArray<Partial<Extract<AccessRequest, { id: number }>>> = [
  { action: 'read', submodule: 'messages' },
  { action: 'update', method: 'PATCH' },
  { action: 'update', submodule: 'settings' },
  { action: 'assign', method: 'DELETE' },
  { action: 'read', submodule: 'telemetry', method: 'GET' },
  { action: 'update', method: 'PUT' },
];

export function idsOf(world: World, type: CedarRecordType): number[] {
  switch (type) {
    case 'subaccounts':
      return world.accounts.map((a) => a.id);
    case 'tokens':
      return world.tokens.map((t) => t.id);
    case 'grants':
      return world.grants.map((g) => g.id);
    case 'roles':
      return [...rolesOf(world).keys()];
    case 'role-assignments':
      return world.roleAssignments.map((a) => a.id);
    default:
      return world.instances[type].map((i) => i.id);
  }
}

export type VisibleIds = (p: Principal, type: CedarRecordType) => number[];

/** Accounts that receive something (a grant or a role): asking as them exercises most rules. */
function receivers(world: World): number[] {
  const ids = new Set([...world.grants.flatMap((g) => g.subaccounts), ...world.roleAssignments.map((a) => a.subject_cid)]);
  return ids.size > 0 ? [...ids] : world.accounts.map((a) => a.id);
}

/**
 * The principal: an account as such (as by a master token of it, as the explorer asks) for a third of the
 * questions, mostly one that receives grants or roles; else a token, mostly a valid one (masters first),
 * acting as its own account, as one the generator suggests, or as any account.
 */
function principalOf(world: World, suggested: readonly number[], q: QuestionPick): Principal {
  const accounts = world.accounts.map((a) => a.id);
  if (q.token < 3) {
    const pool = q.acting < 6 ? receivers(world) : accounts;
    return accountPrincipal(pool[q.id % pool.length] ?? 1, GEN_NOW);
  }
  const live = world.tokens.filter((t) => tokenState(t, GEN_NOW).state === 'active');
  const masters = live.filter((t) => t.access.type === 1);
  const pool = q.token < 5 && masters.length > 0 ? masters : q.token < 7 && live.length > 0 ? live : world.tokens;
  const token = pool[q.token % pool.length] ?? world.tokens[0];
  if (!token) throw new Error('the generator makes at least one token');
  const anyAccount = accounts[q.acting % (accounts.length + 1)] ?? accounts.length + 1;
  const actingCid = q.acting < 5 ? token.cid : q.acting < 6 ? (suggested[q.acting % Math.max(suggested.length, 1)] ?? token.cid) : anyAccount;
  return { token, actingCid, now: GEN_NOW };
}

export function questionOf(world: World, suggested: readonly number[], q: QuestionPick, visible: VisibleIds): Question {
  const accounts = world.accounts.map((a) => a.id);
  const p = principalOf(world, suggested, q);
  const type = RECORD_TYPES[q.type] ?? 'devices';
  if (q.create === 0) return { p, req: { action: 'create', type, cid: accounts[q.id % (accounts.length + 1)] ?? accounts.length + 1 } };
  const readable = q.target < 3 ? visible(p, type) : [];
  const ids = readable.length > 0 ? readable : idsOf(world, type);
  const id = ids[q.id % (ids.length + (readable.length > 0 ? 0 : 1))] ?? 9999;
  const action = ACTIONS[q.action] ?? 'read';
  const shape = q.shape >= SHAPES.length ? undefined : SHAPES[q.shape];
  return { p, req: shape ? ({ action: 'read', ...shape, type, id } as AccessRequest) : { action, type, id } };
}

/**
 * Every action on every item of one grant (mostly a live one), asked as each account that receives it, on
 * up to two of the item's instances (the grantor's own first: a grant gives nothing on others'): the
 * questions where a level's meaning decides, which random picks reach only now and then.
 */
export function sweepQuestions(world: World, pick: number): Question[] {
  const live = world.grants.filter((g) => isLiveGrant(g, GEN_NOW));
  const pool = pick < 16 && live.length > 0 ? live : world.grants;
  const grant = pool.length > 0 ? pool[pick % pool.length] : undefined;
  if (!grant) return [];
  const out: Question[] = [];
  for (const cid of new Set(grant.subaccounts)) {
    const p = accountPrincipal(cid, GEN_NOW);
    for (const item of grant.items) {
      if (item.type === 'subaccounts') continue;
      const owned = new Set(world.instances[item.type].filter((i) => i.cid === grant.cid).map((i) => i.id));
      const listed = Array.isArray(item.ids) ? [...new Set(item.ids)] : idsOf(world, item.type);
      const ids = [...listed.filter((id) => owned.has(id)), ...listed.filter((id) => !owned.has(id))].slice(0, 2);
      for (const id of ids) for (const action of ACTIONS) out.push({ p, req: { action, type: item.type, id } });
    }
  }
  return out;
}

type Scope = NonNullable<ReturnType<typeof parseScope>>;

/** Records of a type a role scope reaches first: the instance it names (a group's member devices), else the scope account's own. */
function inScope(world: World, type: CedarRecordType, scope: Scope): number[] {
  if (scope.kind === 'instance') {
    if (scope.type === type) return [scope.id];
    return type === 'devices' && scope.type === 'groups' ? (world.instances.groups.find((g) => g.id === scope.id)?.devices ?? []) : [];
  }
  const own = <T extends { id: number }>(list: readonly T[], cid: (r: T) => number): number[] => list.filter((r) => cid(r) === scope.cid).map((r) => r.id);
  switch (type) {
    case 'subaccounts':
      return own(world.accounts, (a) => a.owner_id);
    case 'tokens':
      return own(world.tokens, (t) => t.cid);
    case 'grants':
      return own(world.grants, (g) => g.cid);
    case 'roles':
      return own(world.roles, (r) => r.cid);
    case 'role-assignments':
      return own(world.roleAssignments, (a) => a.cid);
    default:
      return own(world.instances[type], (i) => i.cid);
  }
}

/**
 * Up to six permissions of one role assignment's role (mostly a live one), each asked as the subject on a record
 * in the scope (a create: in the scope's account): the questions where what a role permission gives decides.
 */
export function roleSweepQuestions(world: World, pick: number): Question[] {
  const live = world.roleAssignments.filter((a) => a.expire === 0 || a.expire > GEN_NOW);
  const pool = pick < 16 && live.length > 0 ? live : world.roleAssignments;
  const assignment = pool.length > 0 ? pool[pick % pool.length] : undefined;
  const role = assignment ? rolesOf(world).get(assignment.role_id) : undefined;
  const scope = assignment ? parseScope(assignment.scope) : null;
  if (!assignment || !role || !scope) return [];
  const p = accountPrincipal(assignment.subject_cid, GEN_NOW);
  const out: Question[] = [];
  for (let k = 0; k < Math.min(role.permissions.length, 6); k++) {
    const [type, action] = (role.permissions[(pick + k) % role.permissions.length] ?? 'devices:read').split(':') as [CedarRecordType, Action];
    if (action === 'create') out.push({ p, req: { action, type, cid: scope.cid } });
    else {
      const id = inScope(world, type, scope)[0];
      if (id !== undefined) out.push({ p, req: { action, type, id } });
    }
  }
  return out;
}
