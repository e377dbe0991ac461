/** Words for roles and assignments: permissions grouped by type, scopes, and an assignment's state. */
import { ITEM_TYPES } from '../../../domain/types';
import type { ItemType, Permission, RoleAssignment } from '../../../domain/types';
import { endsSoon } from '../../../lib/days';
import { isActiveAssignment } from '../../../permissions';

/** `["devices:read", "devices:update", "groups:read"]` → `[{type: 'devices', actions: ['read','update']}, …]`, in catalog order. */
export function groupPermissions(perms: readonly Permission[]): Array<{ type: ItemType; actions: string[] }> {
  return ITEM_TYPES.map((type) => ({ type, actions: perms.filter((p) => p.startsWith(`${type}:`)).map((p) => p.slice(type.length + 1)) })).filter(
    (g) => g.actions.length > 0,
  );
}

export const permissionSummary = (perms: readonly Permission[]): string =>
  perms.length === 0
    ? 'No permissions'
    : groupPermissions(perms)
        .map((g) => `${g.type}: ${g.actions.join(', ')}`)
        .join('; ');

export type AssignmentState = 'active' | 'expiring' | 'expired';

/** "Expiring" = ending within this many days (lib/days). */
export const EXPIRING_DAYS = 7;

/** Expired when its expiry has passed; "expiring" within a week; never-expiring ones are active. */
export function assignmentState(a: Pick<RoleAssignment, 'expire'>, now: number): AssignmentState {
  if (!isActiveAssignment(a, now)) return 'expired';
  if (a.expire === 0) return 'active';
  return endsSoon(a.expire, now, EXPIRING_DAYS) ? 'expiring' : 'active';
}
