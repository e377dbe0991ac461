/** The built-in role catalog (access-model.md, "Role assignments"). Ids 1..5 are reserved for it. */
import type { Role } from '../domain/types';
import { ALL_PERMISSIONS, instancePermissions } from './permissionCatalog';

export const BUILTIN_ROLES: readonly Role[] = [
  {
    id: 1,
    cid: 0,
    name: 'owner',
    description: 'Every permission, including tokens, grants, roles and role assignments.',
    builtin: true,
    permissions: [...ALL_PERMISSIONS],
  },
  {
    id: 2,
    cid: 0,
    name: 'contributor',
    description: 'Read, create, change, delete, logs and commands on every instance; nothing on tokens, grants or roles.',
    builtin: true,
    permissions: instancePermissions(['read', 'create', 'update', 'delete', 'logs', 'command']),
  },
  {
    id: 3,
    cid: 0,
    name: 'reader',
    description: 'Read every instance type and subaccounts.',
    builtin: true,
    permissions: [...instancePermissions(['read']), 'subaccounts:read'],
  },
  {
    id: 4,
    cid: 0,
    name: 'devices-operator',
    description: 'Read, change, command and read logs of devices; read groups.',
    builtin: true,
    permissions: ['devices:read', 'devices:update', 'devices:command', 'devices:logs', 'groups:read'],
  },
  {
    id: 5,
    cid: 0,
    name: 'restricted-member',
    description: 'Use devices (read, command) and read groups; change nothing.',
    builtin: true,
    permissions: ['devices:read', 'devices:command', 'groups:read'],
  },
];
