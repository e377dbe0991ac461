/**
 * No escalation, as a property: whenever a guard accepts a random grant or role assignment draft, nobody
 * gains (by the oracle's reading of the world before and after) a right the acting account did not hold as its
 * own (branch or role: a right held through a grant is never passed on).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTANCE_GRANT_LEVELS, INSTANCE_TYPES, ITEM_TYPES, SUBACCOUNT_GRANT_LEVELS, TOKEN_KINDS } from '../domain/types';
import type { Cid, Grant, GrantItem, Permission, Role, RoleAssignment, Token, World } from '../domain/types';
import { buildAccessIndex, checkAssignmentDraft, checkGrantDraft } from './index';
import type { Principal, RecordType } from './index';
import { ORACLE_BUILTINS } from './test/oracleBuiltins';
import { oracleIds } from './test/oracle';
import { oracleOwn } from './test/oraclePassOn';
import { oracleCreateRules, oracleItemRules } from './test/oracleRules';
import { GEN_NOW, worldArb } from './test/worldArb';

const RECORD_TYPES: readonly RecordType[] = [...ITEM_TYPES, 'role-assignments'];
const ACTIONS = ['read', 'update', 'delete', 'logs', 'command', 'assign'] as const;
const RUNS = Math.max(100, Math.floor(Number(process.env.PERMISSION_RUNS ?? 1000) / 3));

const ruleFor = (w: World, a: Cid, type: RecordType, id: number, action: string): boolean =>
  (oracleItemRules({ w, builtins: ORACLE_BUILTINS, a, now: GEN_NOW }, type, id, action) ?? []).length > 0;
const holds = (w: World, a: Cid, type: RecordType, id: number, action: string): boolean => ruleFor(w, a, type, id, 'read') && ruleFor(w, a, type, id, action);
/** No re-share: what the actor passes on must be its own (branch or role), never held through a grant. */
const ownRuleFor = (w: World, a: Cid, type: RecordType, id: number, action: string): boolean =>
  oracleOwn(oracleItemRules({ w, builtins: ORACLE_BUILTINS, a, now: GEN_NOW }, type, id, action) ?? []).length > 0;
const ownHolds = (w: World, a: Cid, type: RecordType, id: number, action: string): boolean =>
  ownRuleFor(w, a, type, id, 'read') && ownRuleFor(w, a, type, id, action);

/** Every right `subject` has after but not before must be held by `actor` before. */
function noGains(before: World, after: World, subject: Cid, actor: Cid, newRecord: { type: RecordType; id: number }): void {
  for (const type of RECORD_TYPES) {
    for (const id of oracleIds(after, ORACLE_BUILTINS, type)) {
      if (type === newRecord.type && id === newRecord.id) continue;
      for (const action of ACTIONS) {
        if (!holds(after, subject, type, id, action) || holds(before, subject, type, id, action)) continue;
        // The acting account reads, changes and reads logs of itself through /platform/customer.
        const selfCustomer = type === 'subaccounts' && id === actor && action !== 'delete';
        // The subject could already read the item (e.g. the subject of a role assignment) and the actor holds
        // the action itself: the actor delegated its own right; the read was the subject's before.
        const delegated = holds(before, subject, type, id, 'read') && ownRuleFor(before, actor, type, id, action);
        if (!selfCustomer && !delegated && !ownHolds(before, actor, type, id, action))
          expect({ subject, gained: `${type}:${id}:${action}`, actor }).toBe('held by the actor');
      }
    }
    for (const cid of before.accounts.map((a) => a.id)) {
      const c = (w: World, a: Cid): number => oracleCreateRules({ w, builtins: ORACLE_BUILTINS, a, now: GEN_NOW }, type, cid).length;
      const own = (w: World, a: Cid): number => oracleOwn(oracleCreateRules({ w, builtins: ORACLE_BUILTINS, a, now: GEN_NOW }, type, cid)).length;
      if (c(after, subject) > 0 && c(before, subject) === 0 && own(before, actor) === 0)
        expect({ subject, gained: `create ${type} in ${cid}`, actor }).toBe('held by the actor');
    }
  }
}

const masterOf = (cid: Cid): Token => ({
  id: 900,
  cid,
  key: 'M'.repeat(64),
  info: '',
  enabled: true,
  expire: 0,
  ttl: 0,
  created: 0,
  accessed: 0,
  ips: '',
  access: { type: TOKEN_KINDS.master, acl: [] },
});

const ACTOR_PERMS: readonly Permission[] = [
  'grants:create',
  'grants:update',
  'roles:assign',
  'roles:read',
  'devices:read',
  'devices:update',
  'devices:logs',
  'devices:command',
  'channels:read',
  'channels:logs',
  'calcs:read',
  'groups:read',
  'subaccounts:read',
  'devices:create',
  'tokens:create',
];

const draftArb = fc.record({
  actor: fc.nat(20),
  cid: fc.nat(20),
  items: fc.array(fc.record({ type: fc.nat(6), ids: fc.option(fc.array(fc.nat(20), { maxLength: 3 })), levels: fc.nat(255) }), { minLength: 1, maxLength: 2 }),
  grantees: fc.array(fc.nat(20), { minLength: 1, maxLength: 2 }),
  role: fc.nat(20),
  scope: fc.record({ kind: fc.nat(2), pick: fc.nat(40) }),
  /** Often make the actor hold a role over some account, so role-based actors are common. */
  actorRole: fc.option(fc.record({ perms: fc.array(fc.nat(ACTOR_PERMS.length - 1), { minLength: 1, maxLength: 6 }), over: fc.nat(20) }), { freq: 2 }),
  /** Often make the actor a grantee too, so rights held only through a grant are there to be re-shared. */
  actorGrant: fc.option(fc.record({ from: fc.nat(20), type: fc.nat(6), levels: fc.nat(255) }), { freq: 2 }),
});

/** Gives the actor a grant from some account (its role, if any, then lies over the grantor: the re-share case). */
interface ActorGrant {
  world: World;
  grantor: Cid | null;
  item: GrantItem | null;
}

function withActorGrant(world: World, actor: Cid, g: { from: number; type: number; levels: number } | null): ActorGrant {
  if (!g) return { world, grantor: null, item: null };
  // A grantor outside the actor's branch: what it gives is held only through the grant.
  const outside = world.accounts.filter((a) => !inBranchOf(world, actor, a.id));
  const grantor = outside[g.from % Math.max(outside.length, 1)]?.id;
  if (grantor === undefined) return { world, grantor: null, item: null };
  const type = INSTANCE_TYPES[g.type];
  const below = world.accounts.filter((a) => a.owner_id === grantor).map((a) => a.id);
  const item: GrantItem =
    type === undefined
      ? { type: 'subaccounts', ids: below.length > 0 ? below : [grantor], access: SUBACCOUNT_GRANT_LEVELS.filter((_, i) => (g.levels >> i) & 1) }
      : {
          type,
          ids:
            g.levels % 3 === 0
              ? 'all'
              : world.instances[type]
                  .filter((x) => x.cid === grantor)
                  .map((x) => x.id)
                  .slice(0, 3),
          access: INSTANCE_GRANT_LEVELS.filter((_, i) => (g.levels >> i) & 1),
        };
  const grant: Grant = { id: 88, cid: grantor, name: 'actor grant', items: [item], subaccounts: [actor], expire: 0, enabled: true };
  return { world: { ...world, grants: [...world.grants, grant] }, grantor, item };
}

/** Gives the actor a custom role over some account (the generic worlds rarely make role-based actors). */
function withActorRole(world: World, actor: Cid, r: { perms: number[]; over: number } | null, over?: Cid | null): World {
  if (!r) return world;
  // Over a grantor, the role lets the actor make grants and assignments there (and maybe nothing else).
  const extra: Permission[] = over ? ['grants:create', 'roles:assign'] : [];
  const role: Role = {
    id: 77,
    cid: 1,
    name: 'actor role',
    description: '',
    builtin: false,
    permissions: [...new Set([...extra, ...r.perms.map((i) => ACTOR_PERMS[i] ?? 'devices:read')])],
  };
  const asg: RoleAssignment = { id: 777, cid: 1, role_id: 77, subject_cid: actor, scope: `/accounts/${over ?? pickAccount(world, r.over)}`, expire: 0 };
  return { ...world, roles: [...world.roles, role], roleAssignments: [...world.roleAssignments, asg] };
}

function inBranchOf(w: World, root: Cid, cid: Cid): boolean {
  for (let c: Cid | undefined = cid, i = 0; c !== undefined && i < 10; i++) {
    if (c === root) return true;
    const here: Cid = c;
    c = w.accounts.find((a) => a.id === here)?.owner_id;
  }
  return false;
}

function pickAccount(w: World, n: number): Cid {
  return w.accounts[n % w.accounts.length]?.id ?? 1;
}

let accepted = { grants: 0, assignments: 0 };

describe('guards never let anyone gain what the actor does not hold', () => {
  it('grants', () => {
    fc.assert(
      fc.property(worldArb, draftArb, ({ world: base }, d) => {
        const actor = pickAccount(base, d.actor);
        const granted = withActorGrant(base, actor, d.actorGrant);
        const overGrantor = d.cid % 4 === 1 ? granted.grantor : null;
        const world = withActorRole(granted.world, actor, overGrantor !== null ? (d.actorRole ?? { perms: [], over: 0 }) : d.actorRole, overGrantor);
        const p: Principal = { token: masterOf(actor), actingCid: actor, now: GEN_NOW };
        // Bias towards drafts the actor might be allowed to make: in its role's scope, on the grantor's own items.
        const cid =
          granted.grantor !== null && d.cid % 4 === 1
            ? granted.grantor
            : d.actorRole && d.cid % 2 === 0
              ? pickAccount(world, d.actorRole.over)
              : pickAccount(world, d.cid);
        const items: GrantItem[] = d.items.map((it) => {
          const type = INSTANCE_TYPES[it.type];
          if (type === undefined)
            return {
              type: 'subaccounts',
              ids: (it.ids ?? [it.levels]).map((x) => pickAccount(world, x)),
              access: SUBACCOUNT_GRANT_LEVELS.filter((_, i) => (it.levels >> i) & 1),
            };
          const own = world.instances[type].filter((x) => x.cid === cid).map((x) => x.id);
          const ids = own.length > 0 && d.cid % 3 !== 0 ? own : world.instances[type].map((x) => x.id);
          return {
            type,
            ids: it.ids === null ? 'all' : it.ids.map((x) => ids[x % Math.max(ids.length, 1)] ?? 1),
            access: INSTANCE_GRANT_LEVELS.filter((_, i) => (it.levels >> i) & 1),
          };
        });
        // Over the grantor, often re-share exactly what the actor was granted.
        if (overGrantor !== null && granted.item && d.role % 2 === 0) items.splice(0, items.length, granted.item);
        const draft: Omit<Grant, 'id'> = {
          cid,
          name: 'draft',
          items,
          subaccounts: [...new Set(d.grantees.map((g) => pickAccount(world, g)))],
          expire: 0,
          enabled: true,
        };
        if (!checkGrantDraft(buildAccessIndex(world), p, draft).ok) return;
        accepted.grants++;
        const id = Math.max(0, ...world.grants.map((g) => g.id)) + 1;
        const after: World = { ...world, grants: [...world.grants, { ...draft, id }] };
        for (const g of draft.subaccounts) noGains(world, after, g, actor, { type: 'grants', id });
      }),
      { numRuns: RUNS, endOnFailure: process.env.PERMISSION_NO_SHRINK === '1' },
    );
    expect(accepted.grants).toBeGreaterThan(RUNS / 20);
  });

  it('role assignments', () => {
    accepted = { grants: 0, assignments: 0 };
    fc.assert(
      fc.property(worldArb, draftArb, ({ world: base }, d) => {
        const actor = pickAccount(base, d.actor);
        const granted = withActorGrant(base, actor, d.actorGrant);
        const overGrantor = d.cid % 4 === 1 ? granted.grantor : null;
        const world = withActorRole(granted.world, actor, overGrantor !== null ? (d.actorRole ?? { perms: [], over: 0 }) : d.actorRole, overGrantor);
        const p: Principal = { token: masterOf(actor), actingCid: actor, now: GEN_NOW };
        const insts = INSTANCE_TYPES.flatMap((t) => world.instances[t]);
        const inst = insts[d.scope.pick % Math.max(insts.length, 1)];
        const grantedIds = granted.item && granted.item.type !== 'subaccounts' && Array.isArray(granted.item.ids) ? granted.item.ids : [];
        const grantedId = grantedIds[d.scope.pick % Math.max(grantedIds.length, 1)];
        const scope =
          overGrantor !== null && d.scope.kind !== 0
            ? grantedId !== undefined && granted.item
              ? `/accounts/${overGrantor}/${granted.item.type}/${grantedId}`
              : `/accounts/${overGrantor}`
            : d.scope.kind === 0 || !inst
              ? `/accounts/${pickAccount(world, d.scope.pick)}`
              : `/accounts/${inst.cid}/${inst.type}/${inst.id}`;
        const roles = world.roles.map((r) => r.id);
        const draft: Omit<RoleAssignment, 'id'> = {
          cid: overGrantor ?? pickAccount(world, d.cid),
          role_id: roles[d.role % roles.length] ?? 1,
          subject_cid: pickAccount(world, d.grantees[0] ?? 0),
          scope,
          expire: 0,
        };
        if (!checkAssignmentDraft(buildAccessIndex(world), p, draft).ok) return;
        accepted.assignments++;
        const id = Math.max(0, ...world.roleAssignments.map((a) => a.id)) + 1;
        const after: World = { ...world, roleAssignments: [...world.roleAssignments, { ...draft, id }] };
        noGains(world, after, draft.subject_cid, actor, { type: 'role-assignments', id });
      }),
      { numRuns: RUNS, endOnFailure: process.env.PERMISSION_NO_SHRINK === '1' },
    );
    expect(accepted.assignments).toBeGreaterThan(RUNS / 20);
  });
});
