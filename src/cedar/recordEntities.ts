/** Accounts, instances and the platform records (grants, roles, role assignments) as entities. */
import { INSTANCE_TYPES } from '../domain/types';
import { aclUri } from '../domain/aclUris';
import type { Account, Cid, Grant, Instance, InstanceType, Role, RoleAssignment, World } from '../domain/types';
import type { AccountTree } from './accountTree';
import type { CedarEntity, CedarUid, CedarValue } from './cedarTypes';
import type { GrantLinks } from './grantLinks';
import { instanceKey } from './grantLinks';
import { BLOCKED, ENTITY_OF, IN_TREE, refTo, uid } from './names';
import type { EntityTypeName } from './names';
import type { RoleHolds } from './roleHolds';

export interface WorldFacts {
  world: World;
  tree: AccountTree;
  grants: GrantLinks;
  holds: RoleHolds;
}

/** permission → the entities of a set, as a record attribute (permissions held nowhere are left out). */
function perPermission(m: ReadonlyMap<string, ReadonlySet<number>> | undefined, entityOf: (permission: string) => EntityTypeName): CedarValue {
  return Object.fromEntries([...(m ?? [])].map(([p, ids]) => [p, [...ids].map((id) => refTo(entityOf(p), id))]));
}
const instanceEntityOf = (permission: string): EntityTypeName => ENTITY_OF[permission.slice(0, permission.indexOf(':')) as InstanceType];

export function accountEntity(f: WorldFacts, a: Account): CedarEntity {
  const parent = f.tree.parent.get(a.id) ?? null;
  const parents: CedarUid[] = [];
  if (parent !== null) parents.push(uid('Account', parent));
  else parents.push(IN_TREE);
  if (a.blocked) parents.push(BLOCKED);
  const attrs: Record<string, CedarValue> = {
    depth: f.tree.depth.get(a.id) ?? 0,
    operateAs: [...(f.grants.operateAs.get(a.id) ?? [])].map((s) => refTo('Account', s)),
    roleAccounts: perPermission(f.holds.bySubject.get(a.id)?.accounts, () => 'Account'),
    roleInstances: perPermission(f.holds.bySubject.get(a.id)?.instances, instanceEntityOf),
    roleGroups: perPermission(f.holds.bySubject.get(a.id)?.groups, () => 'Group'),
    sharedAllWith: f.grants.typeShares.get(a.id) ?? [],
    sharedAccountWith: f.grants.accountShares.get(a.id) ?? [],
  };
  if (parent !== null) attrs.parent = refTo('Account', parent);
  return { uid: uid('Account', a.id), attrs, parents };
}

/** An owner outside the tree (invalid data): present so that its instances' policies can read it, reachable from nowhere. */
export function strayAccountEntity(f: WorldFacts, cid: Cid): CedarEntity {
  return {
    uid: uid('Account', cid),
    attrs: {
      depth: 0,
      operateAs: [],
      roleAccounts: {},
      roleInstances: {},
      roleGroups: {},
      sharedAllWith: f.grants.typeShares.get(cid) ?? [],
      sharedAccountWith: [],
    },
    parents: [],
  };
}

/** Member devices within the group owner's branch are below the group (a group scope reaches them). */
function groupsOf(f: WorldFacts): Map<number, number[]> {
  const devices = new Map(f.world.instances.devices.map((d) => [d.id, d]));
  const out = new Map<number, number[]>();
  for (const g of f.world.instances.groups)
    for (const d of new Set(g.devices ?? [])) {
      const dev = devices.get(d);
      if (dev && f.tree.inBranch(g.cid, dev.cid)) out.set(d, [...(out.get(d) ?? []), g.id]);
    }
  return out;
}

function instanceEntity(f: WorldFacts, type: InstanceType, i: Instance, groups: ReadonlyMap<number, number[]>): CedarEntity {
  const key = instanceKey(type, i.id);
  const memberOf = type === 'devices' ? (groups.get(i.id) ?? []).map((g) => uid('Group', g)) : [];
  return {
    uid: uid(ENTITY_OF[type], i.id),
    attrs: { id: i.id, uri: aclUri(type), owner: refTo('Account', i.cid), sharedWith: f.grants.instanceShares.get(key) ?? [] },
    parents: [uid('Account', i.cid), ...memberOf],
  };
}

export function instanceEntities(f: WorldFacts): CedarEntity[] {
  const groups = groupsOf(f);
  return INSTANCE_TYPES.flatMap((t) => [...new Map(f.world.instances[t].map((i) => [i.id, i])).values()].map((i) => instanceEntity(f, t, i, groups)));
}

export const grantEntity = (g: Grant): CedarEntity => ({
  uid: uid('Grant', g.id),
  attrs: { owner: refTo('Account', g.cid), grantees: [...new Set(g.subaccounts)].map((c) => refTo('Account', c)) },
  parents: [uid('Account', g.cid)],
});

export const roleEntity = (r: Role, subjects: readonly Cid[]): CedarEntity => ({
  uid: uid('Role', r.id),
  attrs: { owner: refTo('Account', r.cid), builtin: r.builtin, subjects: [...new Set(subjects)].map((c) => refTo('Account', c)) },
  // Built-in roles belong to no account: nobody's branch reaches them.
  parents: r.builtin ? [] : [uid('Account', r.cid)],
});

export const assignmentEntity = (a: RoleAssignment): CedarEntity => ({
  uid: uid('RoleAssignment', a.id),
  attrs: { owner: refTo('Account', a.cid), subject: refTo('Account', a.subject_cid) },
  parents: [uid('Account', a.cid)],
});
