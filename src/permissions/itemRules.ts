/**
 * The account-level rules (before any token restriction) that give an action on one record, or on
 * creating in one account. Each function returns every rule that applies; empty means nothing gives it.
 */
import { ACTIONS, INSTANCE_TYPES } from '../domain/types';
import type { Account, Action, Cid, Grant, Instance, InstanceGrantLevel, InstanceType, Permission, Role, RoleAssignment, Token } from '../domain/types';
import type { AccountRights, GrantLink } from './accountRights';
import { isItemAction } from './permissionCatalog';
import type { RuleList } from './ruleList';
import type { RecordType, Rule } from './types';
import { isStrictDescendant } from './worldIndex';
import type { WorldIndex } from './worldIndex';

type ItemAction = Exclude<Action, 'create'>;

/** Branch ownership and operate-as: every permission on records owned in those branches. */
export function fullRules(wi: WorldIndex, r: AccountRights, owner: Cid, out: RuleList): void {
  const p = wi.posOf.get(owner);
  if (p === undefined) return;
  if (p >= r.branch.lo && p <= r.branch.hi) out.add(branchRule(r, owner));
  for (const o of r.operateAs) if (p >= o.lo && p <= o.hi) out.add(o.rule);
}

function branchRule(r: AccountRights, owner: Cid): Rule {
  let rule = r.branchRules.get(owner);
  if (!rule) {
    rule = Object.freeze<Rule>({ kind: 'branch', ownerCid: owner, actingCid: r.cid });
    r.branchRules.set(owner, rule);
  }
  return rule;
}

function grantRule(l: GrantLink, level: InstanceGrantLevel): Rule {
  let rule = l.rules[level];
  if (!rule) {
    rule = Object.freeze<Rule>({ kind: 'grant', grantId: l.grant.id, grantorCid: l.grant.cid, level });
    l.rules[level] = rule;
  }
  return rule;
}

/** Role assignments scoped to an account whose branch holds `owner`, with `perm` in the role. */
export function roleAccountRules(wi: WorldIndex, r: AccountRights, owner: Cid, perm: Permission, out: RuleList): void {
  if (r.roleAccounts.length === 0) return;
  const p = wi.posOf.get(owner);
  if (p === undefined) return;
  for (const l of r.roleAccounts) if (p >= l.lo && p <= l.hi && l.perms.has(perm)) out.add(l.rule);
}

export const roleRule = (a: RoleAssignment, role: Role | undefined): Rule => ({
  kind: 'role',
  assignmentId: a.id,
  roleId: a.role_id,
  roleName: role?.name ?? '',
  scope: a.scope,
});

const NONE: readonly InstanceGrantLevel[] = [];
const READ: readonly InstanceGrantLevel[] = ['read'];
const READ_EDIT: readonly InstanceGrantLevel[] = ['read', 'edit'];
const EDIT: readonly InstanceGrantLevel[] = ['edit'];
const DELETE: readonly InstanceGrantLevel[] = ['delete'];
const COMMAND: readonly InstanceGrantLevel[] = ['command'];

/** Grant levels that give an action on an instance type (read is implied by every grant item). */
function grantLevelsFor(type: InstanceType, action: ItemAction): readonly InstanceGrantLevel[] {
  switch (action) {
    case 'read':
      return READ;
    case 'logs':
      return type === 'devices' || type === 'channels' ? READ_EDIT : EDIT;
    case 'update':
      return EDIT;
    case 'delete':
      return DELETE;
    case 'command':
      return type === 'devices' ? COMMAND : NONE;
    default:
      return NONE;
  }
}

/** `TYPE:ACTION` strings, made once. */
const PERMISSION = Object.fromEntries(
  INSTANCE_TYPES.map((t) => [t, Object.fromEntries(ACTIONS.map((a) => [a, `${t}:${a}`]))]),
) as Record<InstanceType, Record<Action, Permission>>;

function addGrantRules(links: readonly GrantLink[], levels: readonly InstanceGrantLevel[], out: RuleList): void {
  for (const l of links) for (const level of levels) if (l.levels.has(level)) out.add(grantRule(l, level));
}

export function instanceRules(wi: WorldIndex, r: AccountRights, type: InstanceType, inst: Instance, action: ItemAction, out: RuleList): void {
  if (!isItemAction(type, action)) return;
  // Using a container (changing its member devices) is reading it.
  const a = action === 'assign' ? 'read' : action;
  fullRules(wi, r, inst.cid, out);
  // Size checks first: most accounts hold few grants and roles, and an empty map still costs a hash.
  const subs = r.subaccountGrants.size > 0 ? r.subaccountGrants.get(inst.cid) : undefined;
  if (subs && (a === 'read' || (a === 'logs' && (type === 'devices' || type === 'channels')))) for (const s of subs) out.add(s.readRule);
  const levels = grantLevelsFor(type, a);
  if (levels.length > 0) {
    const byId = r.grantsById[type];
    const listed = byId.size > 0 ? byId.get(inst.id) : undefined;
    if (listed) addGrantRules(listed, levels, out);
    const byGrantor = r.grantsAll[type];
    const all = byGrantor.size > 0 ? byGrantor.get(inst.cid) : undefined;
    if (all) addGrantRules(all, levels, out);
  }
  const perm = PERMISSION[type][a];
  roleAccountRules(wi, r, inst.cid, perm, out);
  const scopedMap = r.roleInstances[type];
  const scoped = scopedMap.size > 0 ? scopedMap.get(inst.id) : undefined;
  if (scoped) for (const l of scoped) if (l.perms.has(perm)) out.add(l.rule);
  const members = type === 'devices' && r.roleMembers.size > 0 ? r.roleMembers.get(inst.id) : undefined;
  if (members) for (const l of members) if (l.perms.has(perm)) out.add(l.rule);
}

const PLATFORM_ITEM_ACTIONS: readonly ItemAction[] = ['read', 'update', 'delete', 'logs'];

export function tokenRules(wi: WorldIndex, r: AccountRights, t: Token, action: ItemAction, out: RuleList): void {
  if (!PLATFORM_ITEM_ACTIONS.includes(action)) return;
  fullRules(wi, r, t.cid, out);
  roleAccountRules(wi, r, t.cid, `tokens:${action}`, out);
}

export function grantRules(wi: WorldIndex, r: AccountRights, g: Grant, action: ItemAction, out: RuleList): void {
  if (!PLATFORM_ITEM_ACTIONS.includes(action)) return;
  fullRules(wi, r, g.cid, out);
  roleAccountRules(wi, r, g.cid, `grants:${action}`, out);
  // A grantee sees the grants it receives (GET /platform/grantors).
  if (action === 'read' && g.subaccounts.includes(r.cid)) out.add({ kind: 'grant', grantId: g.id, grantorCid: g.cid, level: 'read' });
}

export function roleItemRules(wi: WorldIndex, r: AccountRights, role: Role, action: ItemAction, out: RuleList): void {
  // Assigning a role is asked of the role as reading it; the assignment guard checks the rest.
  const a = action === 'assign' ? 'read' : action;
  if (!PLATFORM_ITEM_ACTIONS.includes(a)) return;
  if (role.builtin) {
    if (a === 'read') out.add({ kind: 'catalog', roleId: role.id, ownerCid: role.cid });
    return;
  }
  fullRules(wi, r, role.cid, out);
  roleAccountRules(wi, r, role.cid, `roles:${a}`, out);
  if (a === 'read' && isStrictDescendant(wi, role.cid, r.cid)) out.add({ kind: 'catalog', roleId: role.id, ownerCid: role.cid });
}

const ASSIGNMENT_PERMISSION: Partial<Record<ItemAction, Permission>> = {
  read: 'roles:read',
  update: 'roles:assign',
  delete: 'roles:assign',
  logs: 'roles:logs',
};

export function assignmentRules(wi: WorldIndex, r: AccountRights, ra: RoleAssignment, action: ItemAction, out: RuleList): void {
  const perm = ASSIGNMENT_PERMISSION[action];
  if (!perm) return;
  fullRules(wi, r, ra.cid, out);
  roleAccountRules(wi, r, ra.cid, perm, out);
  // The subject sees the assignments it holds, expired ones included.
  if (action === 'read' && ra.subject_cid === r.cid) out.add(roleRule(ra, wi.roles.get(ra.role_id)));
}

export function subaccountRules(wi: WorldIndex, r: AccountRights, acc: Account, action: ItemAction, out: RuleList): void {
  if (!PLATFORM_ITEM_ACTIONS.includes(action)) return;
  // An account is not its own subaccount: only operate-as and roles can reach the acting account here.
  if (isStrictDescendant(wi, r.cid, acc.id)) out.add({ kind: 'branch', ownerCid: acc.id, actingCid: r.cid });
  const p = wi.pos.get(acc.id);
  if (p === undefined) return;
  for (const o of r.operateAs) if (p >= o.lo && p <= o.hi) out.add(o.rule);
  if (action === 'read') for (const s of r.subaccountGrants.get(acc.id) ?? []) out.add(s.readRule);
  // A role never lets its subject delete the scope account itself (only accounts below it).
  if (action !== 'delete') roleAccountRules(wi, r, acc.id, `subaccounts:${action}`, out);
  else for (const l of r.roleAccounts) if (l.root !== acc.id && p >= l.lo && p <= l.hi && l.perms.has('subaccounts:delete')) out.add(l.rule);
}

/** Rules that let the acting account create a record of `type` in account `cid`. */
export function createRules(wi: WorldIndex, r: AccountRights, type: RecordType, cid: Cid, out: RuleList): void {
  fullRules(wi, r, cid, out);
  if (type === 'role-assignments') return roleAccountRules(wi, r, cid, 'roles:assign', out);
  roleAccountRules(wi, r, cid, `${type}:create`, out);
  const level = `create-${type}`;
  for (const s of r.subaccountGrants.get(cid) ?? [])
    if (s.levels.has(level as 'create-devices'))
      out.add({ kind: 'subaccount-grant', grantId: s.grant.id, subaccountCid: cid, level: level as 'create-devices' });
}
