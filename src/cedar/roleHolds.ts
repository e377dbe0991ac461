/**
 * Role assignments live at a time, as hierarchy: the scope's entity (an account, an instance, a group) gets
 * the parent `Hold::"<subject>|<permission>"` for every permission of the role, and the subject's account
 * names that Hold in `holds`. So `resource in <subject's hold>` is "some assignment of the subject, whose role
 * has the permission, has a scope above (or at) the resource".
 */
import { parseScope } from '../permissions';
import { INSTANCE_TYPES } from '../domain/types';
import type { Cid, Role, UnixTime, World } from '../domain/types';
import type { AccountTree } from './accountTree';
import { instanceKey } from './grantLinks';
import { ROLE_PERMISSIONS } from './vocabulary';

export interface RoleHolds {
  /** `account/<cid>` or `<type>/<id>` → `<subject>|<permission>` parents. */
  edges: Map<string, Set<string>>;
  /** subject → permissions held somewhere. */
  held: Map<Cid, Set<string>>;
  expiries: UnixTime[];
}

export const accountKey = (cid: Cid): string => `account/${cid}`;
const USEFUL = new Set(ROLE_PERMISSIONS);

export function roleHolds(world: World, roles: ReadonlyMap<number, Role>, tree: AccountTree, asOf: UnixTime): RoleHolds {
  const out: RoleHolds = { edges: new Map(), held: new Map(), expiries: [] };
  const instances = new Map(INSTANCE_TYPES.map((t) => [t, new Map(world.instances[t].map((i) => [i.id, i]))]));
  for (const a of world.roleAssignments) {
    if (a.expire !== 0 && a.expire <= asOf) continue;
    const role = roles.get(a.role_id);
    const scope = parseScope(a.scope);
    if (!role || !scope || !tree.has(scope.cid) || !tree.has(a.subject_cid)) continue;
    if (scope.kind === 'instance' && instances.get(scope.type)?.get(scope.id)?.cid !== scope.cid) continue;
    if (a.expire > 0) out.expiries.push(a.expire);
    const key = scope.kind === 'account' ? accountKey(scope.cid) : instanceKey(scope.type, scope.id);
    const edges = out.edges.get(key) ?? new Set<string>();
    const held = out.held.get(a.subject_cid) ?? new Set<string>();
    for (const p of role.permissions) {
      if (!USEFUL.has(p)) continue;
      edges.add(`${a.subject_cid}|${p}`);
      held.add(p);
    }
    out.edges.set(key, edges);
    out.held.set(a.subject_cid, held);
  }
  return out;
}
