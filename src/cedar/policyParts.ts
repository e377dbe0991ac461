/** Pieces of Cedar policy text shared by the fixed policies (conditions are composed, never world data). */
import { INSTANCE_TYPES, isInstanceType } from '../domain/types';
import type { InstanceType } from '../domain/types';
import { NAMESPACE } from './names';
import type { EntityTypeName } from './names';

export interface CedarPolicy {
  id: string;
  text: string;
}

export const act = (id: string): string => `${NAMESPACE}::Action::"${id}"`;
export const entityType = (t: EntityTypeName): string => `${NAMESPACE}::${t}`;
export const FLAG_IN_TREE = `${NAMESPACE}::Flag::"in-tree"`;
export const FLAG_BLOCKED = `${NAMESPACE}::Flag::"blocked"`;
export const SNAPSHOT = `${NAMESPACE}::Snapshot::"world"`;

/** `permit`/`forbid` with a scope and conditions, one clause per line. */
export function policy(id: string, effect: 'permit' | 'forbid', scope: { action?: string; resource?: string }, ...clauses: string[]): CedarPolicy {
  const head = `${effect} (\n  principal,\n  ${scope.action ?? 'action'},\n  ${scope.resource ?? 'resource'}\n)`;
  return { id, text: `${head}${clauses.map((c) => `\n${c}`).join('')};` };
}
export const when = (cond: string): string => `when { ${cond} }`;
export const unless = (cond: string): string => `unless { ${cond} }`;
export const any = (...conds: string[]): string => conds.map((c) => `(${c})`).join(' ||\n    ');

/** Sources of rights, each a condition on (context.acting, resource). */
export const BRANCH = 'resource in context.acting';
export const STRICT_BRANCH = 'resource != context.acting && resource in context.acting';
export const OPERATE_AS = 'resource in context.acting.operateAs';
/**
 * A role of the acting account gives the permission on the target: an account scope above it, the target
 * itself as an instance scope (of the permission's type), or a group scope it is a member device of.
 */
export function hold(permission: string, target = 'resource'): string {
  const [type = '', action = ''] = permission.split(':');
  const where = (attr: string, test: string): string => `(context.acting.${attr} has "${permission}" && ${test})`;
  const conds = [where('roleAccounts', `${target} in context.acting.roleAccounts["${permission}"]`)];
  if (isInstanceType(type) && action !== 'create') conds.push(where('roleInstances', `context.acting.roleInstances["${permission}"].contains(${target})`));
  if (type === 'devices' && action !== 'create') conds.push(where('roleGroups', `${target} in context.acting.roleGroups["${permission}"]`));
  return conds.join(' || ');
}
export const instanceShare = (level: string): string => `resource.sharedWith.contains({grantee: context.acting, grantor: resource.owner, level: "${level}"})`;
export const typeShare = (level: string): string => `resource.owner.sharedAllWith.contains({grantee: context.acting, uri: resource.uri, level: "${level}"})`;
export const ownerAccountShare = (level: string): string => `resource.owner.sharedAccountWith.contains({grantee: context.acting, level: "${level}"})`;
export const accountShare = (level: string): string => `resource.sharedAccountWith.contains({grantee: context.acting, level: "${level}"})`;
export const CATALOG = 'resource.builtin || (context.acting != resource.owner && context.acting in resource.owner)';

/** Everything that lets the acting account read a record of each entity type (the "readable" gate). */
export const INSTANCE_ENTITY: Readonly<Record<InstanceType, EntityTypeName>> = {
  devices: 'Device',
  channels: 'Channel',
  streams: 'Stream',
  calcs: 'Calc',
  plugins: 'Plugin',
  groups: 'Group',
};

export function readableBy(type: InstanceType): string {
  return any(BRANCH, OPERATE_AS, instanceShare('read'), typeShare('read'), ownerAccountShare('read'), hold(`${type}:read`));
}

export const READABLE: ReadonlyArray<{ entity: EntityTypeName; cond: string }> = [
  ...INSTANCE_TYPES.map((t) => ({ entity: INSTANCE_ENTITY[t], cond: readableBy(t) })),
  { entity: 'Account', cond: any(STRICT_BRANCH, OPERATE_AS, accountShare('read'), hold('subaccounts:read')) },
  { entity: 'Token', cond: any(BRANCH, OPERATE_AS, hold('tokens:read')) },
  { entity: 'Grant', cond: any(BRANCH, OPERATE_AS, hold('grants:read'), 'resource.grantees.contains(context.acting)') },
  { entity: 'Role', cond: any(CATALOG, BRANCH, OPERATE_AS, hold('roles:read'), 'resource.subjects.contains(context.acting)') },
  { entity: 'RoleAssignment', cond: any(BRANCH, OPERATE_AS, hold('roles:read'), 'resource.subject == context.acting') },
];
