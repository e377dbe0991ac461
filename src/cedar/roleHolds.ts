/**
 * Role assignments live at a time, as sets on the subject's account, per permission of the role: the scope
 * accounts (`roleAccounts`: their branches), the scope instances of the permission's type (`roleInstances`)
 * and, for device permissions, the scope groups (`roleGroups`: their member devices). So "some assignment of
 * the acting account, whose role has the permission, covers the resource" is one `in` or `contains` each.
 */
import { parseScope } from '../permissions';
import { INSTANCE_TYPES } from '../domain/types';
import type { Cid, Role, UnixTime, World } from '../domain/types';
import type { AccountTree } from './accountTree';
import { INSTANCE_PERMISSIONS, ROLE_PERMISSIONS } from './vocabulary';

type PerPermission = Map<string, Set<number>>;

export interface SubjectHolds {
  accounts: PerPermission;
  instances: PerPermission;
  groups: PerPermission;
}

export interface RoleHolds {
  bySubject: Map<Cid, SubjectHolds>;
  expiries: UnixTime[];
}

const USEFUL = new Set(ROLE_PERMISSIONS);
/** What an instance scope can give: item actions on instances (creating is always in an account). */
const ON_INSTANCES = new Set(INSTANCE_PERMISSIONS);

function add(m: PerPermission, permission: string, id: number): void {
  m.set(permission, (m.get(permission) ?? new Set()).add(id));
}

export function roleHolds(world: World, roles: ReadonlyMap<number, Role>, tree: AccountTree, asOf: UnixTime): RoleHolds {
  const out: RoleHolds = { bySubject: new Map(), expiries: [] };
  const instances = new Map(INSTANCE_TYPES.map((t) => [t, new Map(world.instances[t].map((i) => [i.id, i]))]));
  for (const a of world.roleAssignments) {
    if (a.expire !== 0 && a.expire <= asOf) continue;
    const role = roles.get(a.role_id);
    const scope = parseScope(a.scope);
    if (!role || !scope || !tree.has(scope.cid) || !tree.has(a.subject_cid)) continue;
    if (scope.kind === 'instance' && instances.get(scope.type)?.get(scope.id)?.cid !== scope.cid) continue;
    if (a.expire > 0) out.expiries.push(a.expire);
    const holds = out.bySubject.get(a.subject_cid) ?? { accounts: new Map(), instances: new Map(), groups: new Map() };
    out.bySubject.set(a.subject_cid, holds);
    for (const p of role.permissions) {
      if (!USEFUL.has(p)) continue;
      const type = p.slice(0, p.indexOf(':'));
      if (scope.kind === 'account') add(holds.accounts, p, scope.cid);
      else if (!ON_INSTANCES.has(p)) continue;
      else if (type === scope.type) add(holds.instances, p, scope.id);
      else if (scope.type === 'groups' && type === 'devices') add(holds.groups, p, scope.id);
    }
  }
  return out;
}
