/** Random drafts and actors for the guards' property test (`guards.property.test.ts`). */
import fc from 'fast-check';
import { INSTANCE_GRANT_LEVELS, INSTANCE_TYPES, SUBACCOUNT_GRANT_LEVELS } from '../../domain/types';
import { accountPrincipal } from '../index';
import { GEN_NOW } from './worldArb';
import type { Cid, Grant, GrantItem, Permission, Role, RoleAssignment, Token, World } from '../../domain/types';

/** A master token of the actor (the module's own token of an account as such), with a key of the right shape. */
export const masterOf = (cid: Cid): Token => ({ ...accountPrincipal(cid, GEN_NOW).token, id: 900, key: 'M'.repeat(64) });

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

export const draftArb = fc.record({
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

export function withActorGrant(world: World, actor: Cid, g: { from: number; type: number; levels: number } | null): ActorGrant {
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
export function withActorRole(world: World, actor: Cid, r: { perms: number[]; over: number } | null, over?: Cid | null): World {
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

export function pickAccount(w: World, n: number): Cid {
  return w.accounts[n % w.accounts.length]?.id ?? 1;
}
