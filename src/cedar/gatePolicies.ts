/**
 * forbid policies: what a token may do with its account's rights (an intersection), the guard rails, and
 * the "readable first" rule. Each must hold whatever the permits say.
 */
import { INSTANCE_TYPES } from '../domain/types';
import { aclUri } from '../domain/aclUris';
import { FLAG_BLOCKED, FLAG_IN_TREE, READABLE, SNAPSHOT, act, entityType, policy, unless, when } from './policyParts';
import type { CedarPolicy } from './policyParts';

const LAST_USE = '(if principal.accessed > principal.created then principal.accessed else principal.created)';

const TOKEN_GATES: CedarPolicy[] = [
  policy('token-enabled', 'forbid', {}, unless('principal.enabled')),
  // Valid while one of the limits that are set holds; with none set it never lapses.
  policy(
    'token-not-expired',
    'forbid',
    {},
    unless(`(principal.expire <= 0 && principal.ttl <= 0) ||
    (principal.expire > 0 && principal.expire > context.now) ||
    (principal.ttl > 0 && context.now - ${LAST_USE} < principal.ttl)`),
  ),
  policy('token-account-known', 'forbid', {}, unless(`principal.account in ${FLAG_IN_TREE}`)),
  policy('token-account-not-blocked', 'forbid', {}, when(`principal.account in ${FLAG_BLOCKED}`)),
  policy('acting-account-allowed', 'forbid', {}, unless('context.acting in principal.account || context.acting in principal.account.operateAs')),
  policy('acting-account-not-blocked', 'forbid', {}, when(`context.acting in ${FLAG_BLOCKED}`)),
  // Grant and assignment expiry is resolved when the entities are exported: they hold until the first expiry.
  policy('entities-current', 'forbid', {}, unless(`${SNAPSHOT} has validUntil && ${SNAPSHOT}.asOf <= context.now && context.now < ${SNAPSHOT}.validUntil`)),
];

const KIND_GATES: CedarPolicy[] = [
  policy('token-kind-known', 'forbid', {}, unless('principal.kind == "master" || principal.kind == "standard" || principal.kind == "acl"')),
  policy('platform-needs-master', 'forbid', { action: `action in ${act('platform')}` }, unless('principal.kind == "master"')),
];

const ACL_GATES: CedarPolicy[] = [
  // An ACL token reaches an item only where an entry covering its id allows GET (else it is hidden).
  policy(
    'acl-reads-item',
    'forbid',
    { action: `action in ${act('instance-item')}` },
    when('principal.kind == "acl"'),
    unless(`principal.aclAll.contains({uri: resource.uri, method: "GET", sub: "-"}) ||
    principal.aclIds.contains({uri: resource.uri, id: resource.id, method: "GET", sub: "-"})`),
  ),
  // …and makes only the calls an entry covering the id allows (listed submodules, or the item's methods).
  policy(
    'acl-allows-call',
    'forbid',
    { action: `action in ${act('instance-item')}` },
    when('principal.kind == "acl"'),
    unless(`principal.aclAll.containsAny([{uri: resource.uri, method: context.method, sub: context.submodule}, {uri: resource.uri, method: context.method, sub: "*"}]) ||
    principal.aclIds.containsAny([{uri: resource.uri, id: resource.id, method: context.method, sub: context.submodule}, {uri: resource.uri, id: resource.id, method: context.method, sub: "*"}])`),
  ),
  ...INSTANCE_TYPES.map((t) =>
    policy(
      `acl-creates-${t}`,
      'forbid',
      { action: `action == ${act(`${t}:create`)}` },
      when('principal.kind == "acl"'),
      unless(`principal.aclPost.contains("${aclUri(t)}")`),
    ),
  ),
];

const GUARD_RAILS: CedarPolicy[] = [
  // Hidden first: no action on a record the acting account cannot read.
  ...READABLE.map(({ entity, cond }) =>
    policy(`readable-${entity}`, 'forbid', { action: `action in ${act('item')}`, resource: `resource is ${entityType(entity)}` }, unless(cond)),
  ),
  policy(
    'builtin-roles-fixed',
    'forbid',
    { action: `action in [${act('roles:update')}, ${act('roles:delete')}, ${act('roles:logs')}]` },
    when('resource.builtin'),
  ),
  // No re-share: acting through operate-as, nothing that passes rights on is made or changed.
  policy('no-reshare-through-operate-as', 'forbid', { action: `action in ${act('pass-on')}` }, unless('context.acting in principal.account')),
  policy('depth-limit', 'forbid', { action: `action == ${act('subaccounts:create')}` }, when('resource.depth >= 4')),
];

export const FORBID_POLICIES: readonly CedarPolicy[] = [...TOKEN_GATES, ...KIND_GATES, ...ACL_GATES, ...GUARD_RAILS];
