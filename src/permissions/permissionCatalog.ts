/** The permission vocabulary: which `TYPE:ACTION` strings exist and which actions apply to which records. */
import { ACTIONS, INSTANCE_TYPES, ITEM_TYPES, isContainerType } from '../domain/types';
import type { Action, ItemType, Permission } from '../domain/types';
import type { RecordType } from './types';

const BASE_ACTIONS: readonly Action[] = ['read', 'create', 'update', 'delete', 'logs'];

/** Whether an action means anything on a type (`command` is for devices, `assign` for roles). */
export function isValidPermissionPair(type: ItemType, action: Action): boolean {
  if (BASE_ACTIONS.includes(action)) return true;
  if (action === 'command') return type === 'devices';
  return action === 'assign' && type === 'roles';
}

/** Every valid permission: what the built-in `owner` role holds. */
export const ALL_PERMISSIONS: readonly Permission[] = ITEM_TYPES.flatMap((t) =>
  ACTIONS.filter((a) => isValidPermissionPair(t, a)).map((a): Permission => `${t}:${a}`),
);

const PERMISSION_SET: ReadonlySet<string> = new Set(ALL_PERMISSIONS);

export function isPermission(s: string): s is Permission {
  return PERMISSION_SET.has(s);
}

/** Permissions of every instance type for the given actions (command only lands on devices). */
export function instancePermissions(actions: readonly Action[]): Permission[] {
  return INSTANCE_TYPES.flatMap((t) => actions.filter((a) => isValidPermissionPair(t, a)).map((a): Permission => `${t}:${a}`));
}

/**
 * Actions that can be asked about an existing record (create is asked about an account instead).
 * `assign` on a container means changing its member devices; on a role, assigning it.
 */
export function itemActions(type: RecordType): Exclude<Action, 'create'>[] {
  const base: Exclude<Action, 'create'>[] = ['read', 'update', 'delete', 'logs'];
  if (type === 'devices') return [...base, 'command'];
  if (type === 'roles' || isContainerType(type)) return [...base, 'assign'];
  return base;
}

const ITEM_ACTION_TABLE = Object.fromEntries(
  [...ITEM_TYPES, 'role-assignments' as const].map((t) => [t, Object.fromEntries(ACTIONS.map((a) => [a, itemActions(t).includes(a as never)]))]),
) as Record<RecordType, Record<Action, boolean>>;

export function isItemAction(type: RecordType, action: Action): boolean {
  return ITEM_ACTION_TABLE[type]?.[action] === true;
}
