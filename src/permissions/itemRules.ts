/**
 * The account-level rules (before any token restriction) that give an action on an instance, and the
 * branch / operate-as / role helpers every record uses. Each function adds every rule that applies.
 */
import { ACTIONS, INSTANCE_TYPES } from '../domain/types';
import type { Action, Cid, Instance, InstanceGrantLevel, InstanceType, Permission, Role, RoleAssignment } from '../domain/types';
import type { AccountRights, GrantLink } from './accountRights';
import { levelsGiving, readGivesLogs } from './grantLevels';
import { isItemAction } from './permissionCatalog';
import type { RuleList } from './ruleList';
import type { Rule } from './types';
import type { WorldTables } from './worldTables';

type ItemAction = Exclude<Action, 'create'>;

/** Branch ownership and operate-as: every permission on records owned in those branches. */
export function fullRules(wt: WorldTables, r: AccountRights, owner: Cid, out: RuleList): void {
  const p = wt.posOf.get(owner);
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
export function roleAccountRules(wt: WorldTables, r: AccountRights, owner: Cid, perm: Permission, out: RuleList): void {
  if (r.roleAccounts.length === 0) return;
  const p = wt.posOf.get(owner);
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

/** `TYPE:ACTION` strings, made once. */
const PERMISSION = Object.fromEntries(INSTANCE_TYPES.map((t) => [t, Object.fromEntries(ACTIONS.map((a) => [a, `${t}:${a}`]))])) as Record<
  InstanceType,
  Record<Action, Permission>
>;

function addGrantRules(links: readonly GrantLink[], levels: readonly InstanceGrantLevel[], out: RuleList): void {
  for (const l of links) for (const level of levels) if (l.levels.has(level)) out.add(grantRule(l, level));
}

export function instanceRules(wt: WorldTables, r: AccountRights, type: InstanceType, inst: Instance, action: ItemAction, out: RuleList): void {
  if (!isItemAction(type, action)) return;
  // Using a container (changing its member devices) is reading it.
  const a = action === 'assign' ? 'read' : action;
  fullRules(wt, r, inst.cid, out);
  // Size checks first: most accounts hold few grants and roles, and an empty map still costs a hash.
  const subs = r.subaccountGrants.size > 0 ? r.subaccountGrants.get(inst.cid) : undefined;
  if (subs && (a === 'read' || (a === 'logs' && readGivesLogs(type)))) for (const s of subs) out.add(s.readRule);
  const levels = levelsGiving(type, a);
  if (levels.length > 0) {
    const byId = r.grantsById[type];
    const listed = byId.size > 0 ? byId.get(inst.id) : undefined;
    if (listed) addGrantRules(listed, levels, out);
    const byGrantor = r.grantsAll[type];
    const all = byGrantor.size > 0 ? byGrantor.get(inst.cid) : undefined;
    if (all) addGrantRules(all, levels, out);
  }
  const perm = PERMISSION[type][a];
  roleAccountRules(wt, r, inst.cid, perm, out);
  const scopedMap = r.roleInstances[type];
  const scoped = scopedMap.size > 0 ? scopedMap.get(inst.id) : undefined;
  if (scoped) for (const l of scoped) if (l.perms.has(perm)) out.add(l.rule);
  const members = type === 'devices' && r.roleMembers.size > 0 ? r.roleMembers.get(inst.id) : undefined;
  if (members) for (const l of members) if (l.perms.has(perm)) out.add(l.rule);
}
