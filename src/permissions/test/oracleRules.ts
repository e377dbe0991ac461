/**
 * ORACLE, part 2: which rules give an acting account an action on a record, by scanning every grant and
 * every role assignment of the world for each question. Slow on purpose; obvious on purpose.
 */
import type { Cid, Instance, Role, UnixTime, World } from '../../domain/types';
import type { Rule } from '../types';
import { assignmentIsOn, findAccount, findInstance, findRole, grantIsOn, isBelow, isInBranchOf, operateAsOf, readScope } from './oracleWorld';

export interface Ctx {
  w: World;
  builtins: readonly Role[];
  /** The acting account. */
  a: Cid;
  now: UnixTime;
}

const CONTAINERS = ['groups', 'calcs', 'streams', 'plugins'];
const INSTANCE_KINDS = ['devices', 'channels', 'streams', 'calcs', 'plugins', 'groups'];

function uniq(rules: Rule[]): Rule[] {
  const seen = new Set<string>();
  return rules.filter((r) => {
    const k = JSON.stringify(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Rule 1 (ownership and branch) and operate-as ("as if it were the grantee's own child"). */
function ownRules(c: Ctx, owner: Cid): Rule[] {
  const out: Rule[] = [];
  if (findAccount(c.w, owner) && isInBranchOf(c.w, c.a, owner)) out.push({ kind: 'branch', ownerCid: owner, actingCid: c.a });
  for (const [g, s] of operateAsOf(c.w, c.a, c.now))
    if (isInBranchOf(c.w, s, owner)) out.push({ kind: 'subaccount-grant', grantId: g.id, subaccountCid: s, level: 'operate-as' });
  return out;
}

/** Live role assignments of the acting account, with their role and parsed scope. */
function liveAssignments(c: Ctx) {
  const out = [];
  for (const asg of c.w.roleAssignments) {
    if (asg.subject_cid !== c.a || !assignmentIsOn(asg, c.now)) continue;
    const role = findRole(c.w, c.builtins, asg.role_id);
    const scope = readScope(asg.scope);
    if (!role || !scope || !findAccount(c.w, scope.cid)) continue;
    const rule: Rule = { kind: 'role', assignmentId: asg.id, roleId: asg.role_id, roleName: role.name, scope: asg.scope };
    out.push({ role, scope, rule });
  }
  return out;
}

/** Rule 4 with scope `/accounts/{cid}`: the role's permission over the whole branch of that account. */
function accountRoleRules(c: Ctx, owner: Cid, perm: string): Rule[] {
  return liveAssignments(c)
    .filter(({ role, scope }) => scope.type === undefined && isInBranchOf(c.w, scope.cid, owner) && (role.permissions as string[]).includes(perm))
    .map((x) => x.rule);
}

function instanceItemRules(c: Ctx, inst: Instance, action: string): Rule[] {
  const t = inst.type;
  const ok =
    ['read', 'update', 'delete', 'logs'].includes(action) || (action === 'command' && t === 'devices') || (action === 'assign' && CONTAINERS.includes(t));
  if (!ok) return [];
  const act = action === 'assign' ? 'read' : action;
  const logsWithRead = t === 'devices' || t === 'channels';
  const out = ownRules(c, inst.cid);
  for (const g of c.w.grants) {
    if (!grantIsOn(g, c.now) || !g.subaccounts.includes(c.a)) continue;
    for (const item of g.items) {
      if (item.type === 'subaccounts') {
        if (item.ids.includes(inst.cid) && isBelow(c.w, g.cid, inst.cid) && (act === 'read' || (act === 'logs' && logsWithRead)))
          out.push({ kind: 'subaccount-grant', grantId: g.id, subaccountCid: inst.cid, level: 'read' });
        continue;
      }
      if (item.type !== t || inst.cid !== g.cid || (item.ids !== 'all' && !item.ids.includes(inst.id))) continue;
      const has = (l: string): boolean => l === 'read' || (item.access as string[]).includes(l);
      const give = (l: 'read' | 'edit' | 'delete' | 'command'): void => {
        if (has(l)) out.push({ kind: 'grant', grantId: g.id, grantorCid: g.cid, level: l });
      };
      if (act === 'read') give('read');
      if (act === 'logs' && logsWithRead) give('read');
      if (act === 'logs' || act === 'update') give('edit');
      if (act === 'delete') give('delete');
      if (act === 'command' && t === 'devices') give('command');
    }
  }
  const perm = `${t}:${act}`;
  out.push(...accountRoleRules(c, inst.cid, perm));
  for (const { role, scope, rule } of liveAssignments(c)) {
    if (scope.type === undefined || !(role.permissions as string[]).includes(perm)) continue;
    const target = findInstance(c.w, scope.type, scope.id ?? -1);
    if (!target || target.cid !== scope.cid) continue;
    if (scope.type === t && scope.id === inst.id) out.push(rule);
    if (scope.type === 'groups' && t === 'devices' && (target.devices ?? []).includes(inst.id) && isInBranchOf(c.w, scope.cid, inst.cid)) out.push(rule);
  }
  return uniq(out);
}

const PLAIN = ['read', 'update', 'delete', 'logs'];

/** Account-level rules for an action on a record; null when the record does not exist. */
export function oracleItemRules(c: Ctx, type: string, id: number, action: string): Rule[] | null {
  if (INSTANCE_KINDS.includes(type)) {
    const inst = findInstance(c.w, type, id);
    return inst ? instanceItemRules(c, inst, action) : null;
  }
  if (type === 'tokens') {
    const t = c.w.tokens.find((x) => x.id === id);
    if (!t) return null;
    return PLAIN.includes(action) ? uniq([...ownRules(c, t.cid), ...accountRoleRules(c, t.cid, `tokens:${action}`)]) : [];
  }
  if (type === 'grants') {
    const g = c.w.grants.find((x) => x.id === id);
    if (!g) return null;
    if (!PLAIN.includes(action)) return [];
    const out = [...ownRules(c, g.cid), ...accountRoleRules(c, g.cid, `grants:${action}`)];
    if (action === 'read' && g.subaccounts.includes(c.a)) out.push({ kind: 'grant', grantId: g.id, grantorCid: g.cid, level: 'read' });
    return uniq(out);
  }
  if (type === 'roles') {
    const role = findRole(c.w, c.builtins, id);
    if (!role) return null;
    const act = action === 'assign' ? 'read' : action;
    if (!PLAIN.includes(act)) return [];
    if (role.builtin) return act === 'read' ? [{ kind: 'catalog', roleId: role.id, ownerCid: role.cid }] : [];
    const out = [...ownRules(c, role.cid), ...accountRoleRules(c, role.cid, `roles:${act}`)];
    if (act === 'read' && isBelow(c.w, role.cid, c.a)) out.push({ kind: 'catalog', roleId: role.id, ownerCid: role.cid });
    // Issue 22: the subject of an assignment reads the role it was given, whatever the assignment's state.
    for (const ra of c.w.roleAssignments)
      if (act === 'read' && ra.subject_cid === c.a && ra.role_id === role.id)
        out.push({ kind: 'role', assignmentId: ra.id, roleId: ra.role_id, roleName: role.name, scope: ra.scope });
    return uniq(out);
  }
  if (type === 'role-assignments') {
    const ra = c.w.roleAssignments.find((x) => x.id === id);
    if (!ra) return null;
    const perm = { read: 'roles:read', update: 'roles:assign', delete: 'roles:assign', logs: 'roles:logs' }[action as 'read'];
    if (!perm) return [];
    const out = [...ownRules(c, ra.cid), ...accountRoleRules(c, ra.cid, perm)];
    if (action === 'read' && ra.subject_cid === c.a)
      out.push({ kind: 'role', assignmentId: ra.id, roleId: ra.role_id, roleName: findRole(c.w, c.builtins, ra.role_id)?.name ?? '', scope: ra.scope });
    return uniq(out);
  }
  // subaccounts
  const x = findAccount(c.w, id);
  if (!x) return null;
  if (!PLAIN.includes(action)) return [];
  const out: Rule[] = [];
  if (isBelow(c.w, c.a, x.id)) out.push({ kind: 'branch', ownerCid: x.id, actingCid: c.a });
  for (const [g, s] of operateAsOf(c.w, c.a, c.now))
    if (isInBranchOf(c.w, s, x.id)) out.push({ kind: 'subaccount-grant', grantId: g.id, subaccountCid: s, level: 'operate-as' });
  if (action === 'read')
    for (const g of c.w.grants)
      if (grantIsOn(g, c.now) && g.subaccounts.includes(c.a))
        for (const item of g.items)
          if (item.type === 'subaccounts' && item.ids.includes(x.id) && isBelow(c.w, g.cid, x.id))
            out.push({ kind: 'subaccount-grant', grantId: g.id, subaccountCid: x.id, level: 'read' });
  // A role never lets its subject delete the scope account itself.
  for (const { role, scope, rule } of liveAssignments(c))
    if (
      scope.type === undefined &&
      isInBranchOf(c.w, scope.cid, x.id) &&
      (role.permissions as string[]).includes(`subaccounts:${action}`) &&
      !(action === 'delete' && scope.cid === x.id)
    )
      out.push(rule);
  return uniq(out);
}

/** Rules to create a record of `type` in account `cid`. */
export function oracleCreateRules(c: Ctx, type: string, cid: Cid): Rule[] {
  const out = ownRules(c, cid);
  if (type === 'role-assignments') return uniq([...out, ...accountRoleRules(c, cid, 'roles:assign')]);
  out.push(...accountRoleRules(c, cid, `${type}:create`));
  for (const g of c.w.grants) {
    if (!grantIsOn(g, c.now) || !g.subaccounts.includes(c.a)) continue;
    for (const item of g.items)
      if (item.type === 'subaccounts' && item.ids.includes(cid) && isBelow(c.w, g.cid, cid) && (item.access as string[]).includes(`create-${type}`))
        out.push({ kind: 'subaccount-grant', grantId: g.id, subaccountCid: cid, level: `create-${type}` as 'create-devices' });
  }
  return uniq(out);
}
