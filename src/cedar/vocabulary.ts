/**
 * The access model's vocabulary as Cedar actions, stated here from access-model.md (not taken from the
 * permission module, so that the differential test compares two statements of the model): one action per
 * `TYPE:ACTION` that means something, and action groups for the sources of rights.
 */
import { INSTANCE_TYPES, ITEM_TYPES, PLATFORM_TYPES, isContainerType, isInstanceType } from '../domain/types';
import type { Action, InstanceGrantLevel, InstanceType, ItemType } from '../domain/types';

export type CedarRecordType = ItemType | 'role-assignments';
export type ItemAction = Exclude<Action, 'create'>;

export const RECORD_TYPES: readonly CedarRecordType[] = [...PLATFORM_TYPES, 'role-assignments', ...INSTANCE_TYPES];
const PASS_ON: readonly CedarRecordType[] = ['tokens', 'grants', 'roles', 'role-assignments'];

/** Actions on an existing record: command on devices; assign = use a container, or assign a role. */
export function itemActionsOf(type: CedarRecordType): ItemAction[] {
  const base: ItemAction[] = ['read', 'update', 'delete', 'logs'];
  if (type === 'devices') return [...base, 'command'];
  if (type === 'roles' || isContainerType(type)) return [...base, 'assign'];
  return base;
}

export const actionId = (type: CedarRecordType, action: Action): string => `${type}:${action}`;

/** What one instance grant level gives on a type ("Grants on instances"); reading includes using. */
export function levelActions(type: InstanceType, level: InstanceGrantLevel): ItemAction[] {
  switch (level) {
    case 'read':
      return ['read', ...(type === 'devices' || type === 'channels' ? (['logs'] as const) : []), ...(isContainerType(type) ? (['assign'] as const) : [])];
    case 'edit':
      return ['update', 'logs'];
    case 'delete':
      return ['delete'];
    case 'command':
      return type === 'devices' ? ['command'] : [];
  }
}

export const INSTANCE_LEVELS: readonly InstanceGrantLevel[] = ['read', 'edit', 'delete', 'command'];

/** Every permission a role can usefully hold: base actions on every type, devices:command, roles:assign. */
export const ROLE_PERMISSIONS: readonly string[] = [
  ...ITEM_TYPES.flatMap((t) => ['read', 'create', 'update', 'delete', 'logs'].map((a) => `${t}:${a}`)),
  'devices:command',
  'roles:assign',
];

/** Role permissions an instance scope can give (its own type's item actions; a group scope also devices'). */
export const INSTANCE_PERMISSIONS: readonly string[] = ROLE_PERMISSIONS.filter((p) => {
  const [type, action] = p.split(':');
  return isInstanceType(type ?? '') && action !== 'create';
});

/**
 * The actions a role permission gives, wherever the role's scope reaches. Reading a container or a role
 * includes using it (assign); `roles:read` and `roles:assign` also cover role assignments, `roles:logs`
 * their logs. `subaccounts:delete` is left out: it never reaches the scope account itself (its own policy).
 */
export function permissionActions(permission: string): string[] {
  const [type, action] = permission.split(':') as [CedarRecordType, Action];
  if (permission === 'subaccounts:delete') return [];
  if (isInstanceType(type)) return action === 'read' && isContainerType(type) ? [permission, actionId(type, 'assign')] : [permission];
  if (type !== 'roles') return [permission];
  switch (action) {
    case 'read':
      return ['roles:read', 'roles:assign', 'role-assignments:read'];
    case 'assign':
      return ['role-assignments:update', 'role-assignments:delete', 'role-assignments:create'];
    case 'logs':
      return ['roles:logs', 'role-assignments:logs'];
    default:
      return [permission];
  }
}

/** Action groups (members → group ids); policies name groups, never long lists. */
export function actionGroups(type: CedarRecordType, action: Action): string[] {
  const groups: string[] = [];
  const instance = isInstanceType(type);
  const passOn = PASS_ON.includes(type) && (action === 'update' || action === 'create');
  if (action === 'create') groups.push('create');
  else groups.push('item');
  if (!instance) groups.push('platform');
  if (instance && action !== 'create') groups.push('instance-item');
  if (passOn) groups.push('pass-on');
  if (type === 'subaccounts' && action !== 'create') groups.push('subaccount-item');
  else groups.push('owned');
  if (!passOn) groups.push('operable');
  if (instance && action !== 'create') for (const level of INSTANCE_LEVELS) if (levelActions(type, level).includes(action)) groups.push(`level:${level}`);
  return groups;
}

export const ACTION_GROUPS: readonly string[] = [
  'item',
  'create',
  'platform',
  'instance-item',
  'pass-on',
  'subaccount-item',
  'owned',
  'operable',
  ...INSTANCE_LEVELS.map((l) => `level:${l}`),
];

/** Every action of the model: item actions of every record type, then one create per record type. */
export const ALL_ACTIONS: ReadonlyArray<{ type: CedarRecordType; action: Action }> = [
  ...RECORD_TYPES.flatMap((type) => itemActionsOf(type).map((action) => ({ type, action }))),
  ...RECORD_TYPES.map((type) => ({ type, action: 'create' as const })),
];
