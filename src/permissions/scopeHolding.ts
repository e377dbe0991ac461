/** Whether an actor holds every permission of a role on everything a scope covers. */
import { isInstanceType } from '../domain/types';
import type { Action, Permission } from '../domain/types';
import type { Engine } from './engine';
import { holdsOnInstance, holdsOverAccount } from './guardKit';
import type { Scope } from './scope';
import { scopeInstance } from './scope';
import type { Principal } from './types';
import { inBranch } from './worldTables';

/** The first permission not held on the scope, or null when all are. Permissions that do not apply are skipped. */
export function scopeHeldBy(engine: Engine, p: Principal, scope: Scope, perms: readonly Permission[]): Permission | null {
  if (scope.kind === 'account') {
    // Account-wide holdings are closed under descendants: holding it on the scope account is enough.
    for (const perm of perms) if (!holdsOverAccount(engine, p, scope.cid, perm)) return perm;
    return null;
  }
  const inst = scopeInstance(engine.wt, scope);
  if (!inst) return perms[0] ?? null;
  for (const perm of perms) {
    const [type, action] = perm.split(':') as [string, Action];
    if (!isInstanceType(type) || action === 'create') continue;
    if (type === scope.type && !holdsOnInstance(engine, p, type, inst.id, action)) return perm;
    if (scope.type === 'groups' && type === 'devices')
      for (const d of inst.devices ?? []) {
        const dev = engine.wt.instances.devices.byId.get(d);
        if (dev && inBranch(engine.wt, scope.cid, dev.cid) && !holdsOnInstance(engine, p, 'devices', d, action)) return perm;
      }
  }
  return null;
}
