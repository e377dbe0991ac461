import { BUILTIN_ROLES } from '../../../src/permissions';
import { INSTANCE_TYPES } from '../../../src/domain/types';
import type { Permission, Role, RoleAssignment } from '../../../src/domain/types';
import type { LargeWorldGen } from './generator';
import type { Instances } from './instances';

/** 50 custom roles beside the built-in ones, and assignments of any of them over an account or an instance. */
export function* rolesAndAssignments(
  g: LargeWorldGen,
  nAssignments: number,
  instances: Instances,
): Generator<number, { roles: Role[]; roleAssignments: RoleAssignment[] }, void> {
  const { rand, pickOf, randomCid, now } = g;
  const custom: Role[] = [];
  const perms: Permission[] = [
    'devices:read',
    'devices:update',
    'devices:logs',
    'devices:command',
    'channels:read',
    'groups:read',
    'calcs:read',
    'subaccounts:read',
  ];
  for (let i = 0; i < 50; i++)
    custom.push({ id: 100 + i, cid: randomCid(), name: `custom ${i}`, description: '', builtin: false, permissions: perms.filter(() => rand() < 0.5) });
  const roleIds = [...BUILTIN_ROLES.map((r) => r.id), ...custom.map((r) => r.id)];
  const roleAssignments: RoleAssignment[] = [];
  for (let i = 0; i < nAssignments; i++) {
    const roll = rand();
    let scope: string;
    if (roll < 0.5) scope = `/accounts/${randomCid()}`;
    else {
      const type = roll < 0.75 ? 'groups' : (pickOf(INSTANCE_TYPES) ?? 'devices');
      const inst = pickOf(instances[type]);
      scope = inst ? `/accounts/${inst.cid}/${type}/${inst.id}` : `/accounts/${randomCid()}`;
    }
    roleAssignments.push({
      id: i + 1,
      cid: 1,
      role_id: pickOf(roleIds) ?? 3,
      subject_cid: randomCid(),
      scope,
      expire: rand() < 0.1 ? now - 60 : rand() < 0.3 ? now + 86_400 : 0,
    });
    if (g.worked()) yield g.progress();
  }
  return { roles: [...BUILTIN_ROLES, ...custom], roleAssignments };
}
