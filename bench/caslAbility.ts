/**
 * The same access rules expressed for CASL, as well as it can: one rule per source (branch, operate-as,
 * subaccount grant, grant item, role assignment) with mongo-style conditions on the instance's own fields.
 * Branches become `cid $in [...]` lists, listed grants and group members `id $in [...]`.
 */
import { createMongoAbility } from '@casl/ability';
import type { MongoAbility, RawRuleOf } from '@casl/ability';
import type { Action, Cid, Instance, InstanceType, Permission, Role, World } from '../src/domain/types';
import { BUILTIN_ROLES } from '../src/permissions';

export type InstanceAbility = MongoAbility<[Action, InstanceType | Instance]>;
type CaslRule = RawRuleOf<InstanceAbility>;

export interface Facts {
  children: Map<Cid, Cid[]>;
  roles: Map<number, Role>;
  instancesById: Map<InstanceType, Map<number, Instance>>;
}

export function worldFacts(w: World): Facts {
  const children = new Map<Cid, Cid[]>();
  for (const a of w.accounts) children.set(a.owner_id, [...(children.get(a.owner_id) ?? []), a.id]);
  const roles = new Map<number, Role>([...BUILTIN_ROLES, ...w.roles].map((r) => [r.id, r]));
  const instancesById = new Map<InstanceType, Map<number, Instance>>();
  for (const [type, list] of Object.entries(w.instances) as Array<[InstanceType, Instance[]]>) instancesById.set(type, new Map(list.map((i) => [i.id, i])));
  return { children, roles, instancesById };
}

export function branchOf(f: Facts, cid: Cid): Cid[] {
  const out = [cid];
  for (let i = 0; i < out.length; i++) out.push(...(f.children.get(out[i] ?? 0) ?? []));
  return out;
}

const ALL: Action[] = ['read', 'update', 'delete', 'logs', 'command', 'assign'];
const levelActions = (type: InstanceType, levels: readonly string[]): Action[] => [
  'read',
  ...(type === 'devices' || type === 'channels' ? (['logs'] as const) : []),
  ...(levels.includes('edit') ? (['update', 'logs'] as const) : []),
  ...(levels.includes('delete') ? (['delete'] as const) : []),
  ...(levels.includes('command') && type === 'devices' ? (['command'] as const) : []),
];
const roleActions = (perms: readonly Permission[], type: string): Action[] =>
  perms.filter((p) => p.startsWith(`${type}:`)).map((p) => p.slice(type.length + 1) as Action);

/** Every rule of one acting account for one instance type. */
export function caslRules(w: World, f: Facts, cid: Cid, now: number, type: InstanceType): CaslRule[] {
  const rules: CaslRule[] = [{ action: ALL, subject: type, conditions: { cid: { $in: branchOf(f, cid) } } }];
  for (const g of w.grants) {
    if (!g.enabled || (g.expire !== 0 && g.expire <= now) || !g.subaccounts.includes(cid)) continue;
    for (const item of g.items) {
      if (item.type === 'subaccounts') {
        for (const s of item.ids) {
          if (!branchOf(f, g.cid).includes(s) || s === g.cid) continue;
          if (item.access.includes('operate-as')) rules.push({ action: ALL, subject: type, conditions: { cid: { $in: branchOf(f, s) } } });
          rules.push({ action: levelActions(type, []), subject: type, conditions: { cid: s } });
        }
      } else if (item.type === type) {
        const actions = levelActions(type, item.access);
        if (item.ids === 'all') rules.push({ action: actions, subject: type, conditions: { cid: g.cid } });
        else rules.push({ action: actions, subject: type, conditions: { cid: g.cid, id: { $in: item.ids } } });
      }
    }
  }
  for (const a of w.roleAssignments) {
    const role = f.roles.get(a.role_id);
    if (a.subject_cid !== cid || (a.expire !== 0 && a.expire <= now) || !role) continue;
    const m = /^\/accounts\/(\d+)(?:\/(\w+)\/(\d+))?$/.exec(a.scope);
    if (!m) continue;
    const scopeCid = Number(m[1]);
    const actions = roleActions(role.permissions, type);
    if (m[2] === undefined) {
      if (actions.length > 0) rules.push({ action: actions, subject: type, conditions: { cid: { $in: branchOf(f, scopeCid) } } });
      continue;
    }
    const target = f.instancesById.get(m[2] as InstanceType)?.get(Number(m[3]));
    if (!target || target.cid !== scopeCid) continue;
    if (m[2] === type && actions.length > 0) rules.push({ action: actions, subject: type, conditions: { id: target.id } });
    if (m[2] === 'groups' && type === 'devices' && actions.length > 0) {
      const branch = new Set(branchOf(f, scopeCid));
      const members = (target.devices ?? []).filter((d) => branch.has(f.instancesById.get('devices')?.get(d)?.cid ?? -1));
      rules.push({ action: actions, subject: type, conditions: { id: { $in: members } } });
    }
  }
  return rules;
}

export function caslAbility(w: World, f: Facts, cid: Cid, now: number, type: InstanceType): InstanceAbility {
  return createMongoAbility<InstanceAbility>(caslRules(w, f, cid, now, type), {
    detectSubjectType: (o) => o.type,
  });
}
