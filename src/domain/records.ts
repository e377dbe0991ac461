import type { Account, Grant, Instance, ItemType, Role, RoleAssignment, Token, World } from './types';

/** A record of any collection of the world. */
export type AnyRecord = Account | Token | Grant | Role | RoleAssignment | Instance;

/** The records of one type in a world (`subaccounts` are its accounts). */
export function recordsOf(w: World, type: ItemType | 'role-assignments'): readonly AnyRecord[] {
  if (type === 'subaccounts') return w.accounts;
  if (type === 'tokens') return w.tokens;
  if (type === 'grants') return w.grants;
  if (type === 'roles') return w.roles;
  if (type === 'role-assignments') return w.roleAssignments;
  return w.instances[type];
}
