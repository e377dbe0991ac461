/**
 * Random questions about a world, as plain numbers so that fast-check shrinks them: a principal (one of the
 * world's tokens, acting as its own account, as one the generator suggests, or as any account) and a request
 * (an action on an existing or missing record, with an HTTP shape now and then, or a create in an account).
 */
import fc from 'fast-check';
import type { Action, World } from '../../domain/types';
import { tokenState } from '../../permissions';
import type { AccessRequest, Principal } from '../../permissions';
import { GEN_NOW } from '../../permissions/test/worldArb';
import { rolesOf } from '../exportCedar';
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

export function questionOf(world: World, suggested: readonly number[], q: QuestionPick, visible: VisibleIds): Question {
  // Mostly tokens that are still valid (master ones first), so that many questions reach the rules.
  const live = world.tokens.filter((t) => tokenState(t, GEN_NOW).state === 'active');
  const masters = live.filter((t) => t.access.type === 1);
  const pool = q.token < 4 && masters.length > 0 ? masters : q.token < 7 && live.length > 0 ? live : world.tokens;
  const token = pool[q.token % pool.length] ?? world.tokens[0];
  if (!token) throw new Error('the generator makes at least one token');
  const accounts = world.accounts.map((a) => a.id);
  const anyAccount = accounts[q.acting % (accounts.length + 1)] ?? accounts.length + 1;
  const actingCid = q.acting < 5 ? token.cid : q.acting < 6 ? (suggested[q.acting % Math.max(suggested.length, 1)] ?? token.cid) : anyAccount;
  const p: Principal = { token, actingCid, now: GEN_NOW };
  const type = RECORD_TYPES[q.type] ?? 'devices';
  if (q.create === 0) return { p, req: { action: 'create', type, cid: accounts[q.id % (accounts.length + 1)] ?? accounts.length + 1 } };
  const readable = q.target < 3 ? visible(p, type) : [];
  const ids = readable.length > 0 ? readable : idsOf(world, type);
  const id = ids[q.id % (ids.length + (readable.length > 0 ? 0 : 1))] ?? 9999;
  const action = ACTIONS[q.action] ?? 'read';
  const shape = q.shape >= SHAPES.length ? undefined : SHAPES[q.shape];
  return { p, req: shape ? ({ action: 'read', ...shape, type, id } as AccessRequest) : { action, type, id } };
}
