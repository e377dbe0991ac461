/**
 * World → Cedar: the fixed schema and policies, and the world as entities as of a time (grants and role
 * assignments that have ended by then are left out; the snapshot says until when the rest holds).
 */
import { BUILTIN_ROLES } from '../permissions';
import { INSTANCE_TYPES } from '../domain/types';
import type { Cid, Role, UnixTime, World } from '../domain/types';
import { accountTree } from './accountTree';
import type { CedarEntity } from './cedarTypes';
import { grantLinks } from './grantLinks';
import { BLOCKED, IN_TREE, SNAPSHOT } from './names';
import { CEDAR_POLICIES } from './policies';
import type { CedarPolicy } from './policies';
import { accountEntity, assignmentEntity, grantEntity, instanceEntities, roleEntity, strayAccountEntity } from './recordEntities';
import type { WorldFacts } from './recordEntities';
import { roleHolds } from './roleHolds';
import { cedarSchema } from './schema';
import type { CedarSchemaJson } from './schema';
import { tokenEntity } from './tokenEntity';

export interface CedarExport {
  schema: CedarSchemaJson;
  policies: readonly CedarPolicy[];
  entities: CedarEntity[];
  asOf: UnixTime;
  /** The first time a grant or assignment exported here ends: the entities hold before it. */
  validUntil: UnixTime;
}

/** Far future when nothing exported ends (the largest integer JSON and Cedar's Long agree on). */
export const FOREVER = Number.MAX_SAFE_INTEGER;

/** Built-in roles, overridden by the world's roles of the same id (as the permission module reads them). */
export function rolesOf(world: World): Map<number, Role> {
  const roles = new Map<number, Role>(BUILTIN_ROLES.map((r) => [r.id, r]));
  for (const r of world.roles) roles.set(r.id, r);
  return roles;
}

function worldEntities(world: World, asOf: UnixTime): { entities: CedarEntity[]; validUntil: UnixTime } {
  const tree = accountTree(world);
  const roles = rolesOf(world);
  const f: WorldFacts = { world, tree, grants: grantLinks(world, tree, asOf), holds: roleHolds(world, roles, tree, asOf) };
  const stray = new Set<Cid>([...world.accounts.map((a) => a.id), ...INSTANCE_TYPES.flatMap((t) => world.instances[t].map((i) => i.cid))]);
  for (const a of tree.order) stray.delete(a.id);
  const subjects = new Map<number, Cid[]>();
  for (const a of world.roleAssignments) subjects.set(a.role_id, [...(subjects.get(a.role_id) ?? []), a.subject_cid]);
  const entities: CedarEntity[] = [
    ...tree.order.map((a) => accountEntity(f, a)),
    ...[...stray].map((cid) => strayAccountEntity(f, cid)),
    ...instanceEntities(f),
    ...[...new Map(world.tokens.map((t) => [t.id, t])).values()].map(tokenEntity),
    ...[...new Map(world.grants.map((g) => [g.id, g])).values()].map(grantEntity),
    ...[...roles.values()].map((r) => roleEntity(r, subjects.get(r.id) ?? [])),
    ...[...new Map(world.roleAssignments.map((a) => [a.id, a])).values()].map(assignmentEntity),
  ];
  const validUntil = Math.min(FOREVER, ...[...f.grants.expiries, ...f.holds.expiries].filter((t) => t > asOf));
  return { entities, validUntil };
}

export function exportCedar(world: World, opts: { asOf: UnixTime }): CedarExport {
  const { entities, validUntil } = worldEntities(world, opts.asOf);
  const markers: CedarEntity[] = [
    { uid: IN_TREE, attrs: {}, parents: [] },
    { uid: BLOCKED, attrs: {}, parents: [] },
    { uid: SNAPSHOT, attrs: { asOf: opts.asOf, validUntil }, parents: [] },
  ];
  return { schema: cedarSchema(), policies: CEDAR_POLICIES, entities: [...entities, ...markers], asOf: opts.asOf, validUntil };
}
