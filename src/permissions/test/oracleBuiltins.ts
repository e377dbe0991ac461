/** ORACLE: the built-in role table, typed out from access-model.md by hand. */
import type { Permission, Role } from '../../domain/types';

const INSTANCES = ['devices', 'channels', 'streams', 'calcs', 'plugins', 'groups'] as const;
const EVERY_TYPE = ['subaccounts', 'tokens', 'grants', 'roles', ...INSTANCES] as const;
const BASIC = ['read', 'create', 'update', 'delete', 'logs'] as const;

const owner: Permission[] = [...EVERY_TYPE.flatMap((t) => BASIC.map((a): Permission => `${t}:${a}`)), 'devices:command', 'roles:assign'];
const contributor: Permission[] = [...INSTANCES.flatMap((t) => BASIC.map((a): Permission => `${t}:${a}`)), 'devices:command'];
const reader: Permission[] = [...INSTANCES.map((t): Permission => `${t}:read`), 'subaccounts:read'];

const role = (id: number, name: string, permissions: Permission[]): Role => ({ id, cid: 0, name, description: '', builtin: true, permissions });

export const ORACLE_BUILTINS: readonly Role[] = [
  role(1, 'owner', owner),
  role(2, 'contributor', contributor),
  role(3, 'reader', reader),
  role(4, 'devices-operator', ['devices:read', 'devices:update', 'devices:command', 'devices:logs', 'groups:read']),
  role(5, 'restricted-member', ['devices:read', 'devices:command', 'groups:read']),
];
