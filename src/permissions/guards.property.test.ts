/**
 * No escalation, as a property: whenever a guard accepts a random grant or role assignment draft, nobody
 * gains (by the oracle's reading of the world before and after) a right the acting account did not hold as its
 * own (branch or role: a right held through a grant is never passed on).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTANCE_GRANT_LEVELS, INSTANCE_TYPES, SUBACCOUNT_GRANT_LEVELS } from '../domain/types';
import type { Grant, GrantItem, RoleAssignment, World } from '../domain/types';
import { buildAccessIndex, checkAssignmentDraft, checkGrantDraft } from './index';
import type { Principal } from './index';
import { draftArb, masterOf, pickAccount, withActorGrant, withActorRole } from './test/escalationDrafts';
import { noGains } from './test/noGains';
import { GEN_NOW, worldArb } from './test/worldArb';

const RUNS = Math.max(100, Math.floor(Number(process.env.PERMISSION_RUNS ?? 1000) / 3));

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
        // Only well-shaped drafts (grantShapeProblems refuses the rest before any right is asked): a level and an id each.
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
        const shaped = items.filter((i) => i.access.length > 0 && (i.ids === 'all' || i.ids.length > 0));
        items.splice(0, items.length, ...shaped);
        // Over the grantor, often re-share exactly what the actor was granted.
        if (overGrantor !== null && granted.item && d.role % 2 === 0) items.splice(0, items.length, granted.item);
        const draft: Omit<Grant, 'id'> = {
          cid,
          name: 'draft',
          items,
          subaccounts: [...new Set(d.grantees.map((g) => pickAccount(world, g)))].filter((g) => g !== cid),
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
