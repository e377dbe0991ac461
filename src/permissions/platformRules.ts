/**
 * Account-level rules for platform records (tokens, grants, roles, role assignments, subaccounts) and for
 * creating records in an account. See itemRules.ts for instances and the shared branch/role helpers.
 */
import type { Account, Action, Cid, Grant, Permission, Role, RoleAssignment, Token } from '../domain/types';
import type { AccountRights } from './accountRights';
import { fullRules, roleAccountRules, roleRule } from './itemRules';
import type { RuleList } from './ruleList';
import type { RecordType } from './types';
import { isStrictDescendant } from './worldTables';
import type { WorldTables } from './worldTables';

type ItemAction = Exclude<Action, 'create'>;

const PLATFORM_ITEM_ACTIONS: readonly ItemAction[] = ['read', 'update', 'delete', 'logs'];

export function tokenRules(wt: WorldTables, r: AccountRights, t: Token, action: ItemAction, out: RuleList): void {
  if (!PLATFORM_ITEM_ACTIONS.includes(action)) return;
  fullRules(wt, r, t.cid, out);
  roleAccountRules(wt, r, t.cid, `tokens:${action}`, out);
}

export function grantRules(wt: WorldTables, r: AccountRights, g: Grant, action: ItemAction, out: RuleList): void {
  if (!PLATFORM_ITEM_ACTIONS.includes(action)) return;
  fullRules(wt, r, g.cid, out);
  roleAccountRules(wt, r, g.cid, `grants:${action}`, out);
  // A grantee sees the grants it receives (GET /platform/grantors).
  if (action === 'read' && g.subaccounts.includes(r.cid)) out.add({ kind: 'grant', grantId: g.id, grantorCid: g.cid, level: 'read' });
}

export function roleItemRules(wt: WorldTables, r: AccountRights, role: Role, action: ItemAction, out: RuleList): void {
  // Assigning a role is asked of the role as reading it; the assignment guard checks the rest.
  const a = action === 'assign' ? 'read' : action;
  if (!PLATFORM_ITEM_ACTIONS.includes(a)) return;
  if (role.builtin) {
    if (a === 'read') out.add({ kind: 'catalog', roleId: role.id, ownerCid: role.cid });
    return;
  }
  fullRules(wt, r, role.cid, out);
  roleAccountRules(wt, r, role.cid, `roles:${a}`, out);
  if (a === 'read' && isStrictDescendant(wt, role.cid, r.cid)) out.add({ kind: 'catalog', roleId: role.id, ownerCid: role.cid });
  // The subject of an assignment reads the role it was given (as it reads the assignment, expired included).
  if (a === 'read') for (const ra of wt.assignmentsBySubject.get(r.cid) ?? []) if (ra.role_id === role.id) out.add(roleRule(ra, role));
}

const ASSIGNMENT_PERMISSION: Partial<Record<ItemAction, Permission>> = {
  read: 'roles:read',
  update: 'roles:assign',
  delete: 'roles:assign',
  logs: 'roles:logs',
};

export function assignmentRules(wt: WorldTables, r: AccountRights, ra: RoleAssignment, action: ItemAction, out: RuleList): void {
  const perm = ASSIGNMENT_PERMISSION[action];
  if (!perm) return;
  fullRules(wt, r, ra.cid, out);
  roleAccountRules(wt, r, ra.cid, perm, out);
  // The subject sees the assignments it holds, expired ones included.
  if (action === 'read' && ra.subject_cid === r.cid) out.add(roleRule(ra, wt.roles.get(ra.role_id)));
}

export function subaccountRules(wt: WorldTables, r: AccountRights, acc: Account, action: ItemAction, out: RuleList): void {
  if (!PLATFORM_ITEM_ACTIONS.includes(action)) return;
  // An account is not its own subaccount: only operate-as and roles can reach the acting account here.
  if (isStrictDescendant(wt, r.cid, acc.id)) out.add({ kind: 'branch', ownerCid: acc.id, actingCid: r.cid });
  const p = wt.pos.get(acc.id);
  if (p === undefined) return;
  for (const o of r.operateAs) if (p >= o.lo && p <= o.hi) out.add(o.rule);
  if (action === 'read') for (const s of r.subaccountGrants.get(acc.id) ?? []) out.add(s.readRule);
  // A role never lets its subject delete the scope account itself (only accounts below it).
  if (action !== 'delete') roleAccountRules(wt, r, acc.id, `subaccounts:${action}`, out);
  else for (const l of r.roleAccounts) if (l.root !== acc.id && p >= l.lo && p <= l.hi && l.perms.has('subaccounts:delete')) out.add(l.rule);
}

/** Rules that let the acting account create a record of `type` in account `cid`. */
export function createRules(wt: WorldTables, r: AccountRights, type: RecordType, cid: Cid, out: RuleList): void {
  fullRules(wt, r, cid, out);
  if (type === 'role-assignments') return roleAccountRules(wt, r, cid, 'roles:assign', out);
  roleAccountRules(wt, r, cid, `${type}:create`, out);
  const level = `create-${type}`;
  for (const s of r.subaccountGrants.get(cid) ?? [])
    if (s.levels.has(level as 'create-devices'))
      out.add({ kind: 'subaccount-grant', grantId: s.grant.id, subaccountCid: cid, level: level as 'create-devices' });
}
