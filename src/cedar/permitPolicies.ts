/** permit policies: where an acting account's rights come from (a union; anything else is denied). */
import { INSTANCE_TYPES } from '../domain/types';
import {
  BRANCH,
  CATALOG,
  OPERATE_AS,
  STRICT_BRANCH,
  accountShare,
  act,
  any,
  hold,
  instanceShare,
  ownerAccountShare,
  policy,
  typeShare,
  when,
} from './policyParts';
import type { CedarPolicy } from './policyParts';
import { INSTANCE_LEVELS, ROLE_PERMISSIONS, permissionActions } from './vocabulary';

const actionIn = (ids: readonly string[]): string => (ids.length === 1 ? `action == ${act(ids[0] ?? '')}` : `action in [${ids.map(act).join(', ')}]`);

const OWNERSHIP: CedarPolicy[] = [
  // Everything owned in the acting account's branch; of subaccounts, those below it.
  policy('branch', 'permit', { action: `action in ${act('owned')}` }, when(BRANCH)),
  policy('branch-subaccounts', 'permit', { action: `action in ${act('subaccount-item')}` }, when(STRICT_BRANCH)),
  // Operate-as: full access to the subaccount's branch, except passing rights on.
  policy('operate-as', 'permit', { action: `action in ${act('operable')}` }, when(OPERATE_AS)),
];

const GRANTS: CedarPolicy[] = [
  // Instance items, listed ids (the grantor must own the instance) or all of a type; the level → actions
  // table is the schema's `level:*` action groups.
  ...INSTANCE_LEVELS.map((level) =>
    policy(`grant-${level}`, 'permit', { action: `action in ${act(`level:${level}`)}` }, when(any(instanceShare(level), typeShare(level)))),
  ),
  // Whole subaccounts: read gives what an instance read gives, on every instance of that account.
  policy('subaccount-grant-read', 'permit', { action: `action in ${act('level:read')}` }, when(ownerAccountShare('read'))),
  policy('subaccount-grant-read-account', 'permit', { action: actionIn(['subaccounts:read']) }, when(accountShare('read'))),
  ...INSTANCE_TYPES.map((t) => policy(`subaccount-grant-create-${t}`, 'permit', { action: actionIn([`${t}:create`]) }, when(accountShare(`create-${t}`)))),
  policy('grantee-reads-grant', 'permit', { action: actionIn(['grants:read']) }, when('resource.grantees.contains(context.acting)')),
];

const ROLES: CedarPolicy[] = [
  // Built-in roles, and custom roles of the acting account's ancestors, can be read (to be assigned).
  policy('role-catalog', 'permit', { action: actionIn(['roles:read', 'roles:assign']) }, when(CATALOG)),
  policy('subject-reads-role', 'permit', { action: actionIn(['roles:read', 'roles:assign']) }, when('resource.subjects.contains(context.acting)')),
  policy('subject-reads-assignment', 'permit', { action: actionIn(['role-assignments:read']) }, when('resource.subject == context.acting')),
  ...ROLE_PERMISSIONS.filter((p) => permissionActions(p).length > 0).map((p) =>
    policy(`role-${p}`, 'permit', { action: actionIn(permissionActions(p)) }, when(hold(p))),
  ),
  // A role never lets its subject delete the scope account itself, only accounts below it.
  policy(
    'role-subaccounts:delete',
    'permit',
    { action: actionIn(['subaccounts:delete']) },
    when(`resource has parent && ${hold('subaccounts:delete', 'resource.parent')}`),
  ),
];

export const PERMIT_POLICIES: readonly CedarPolicy[] = [...OWNERSHIP, ...GRANTS, ...ROLES];
