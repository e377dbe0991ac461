/**
 * What one acting account holds at one time, gathered once from its grants and role assignments:
 * the raw material every rule lookup reads (see itemRules.ts). Built lazily and memoized by the index.
 */
import { isActiveAssignment, isActiveGrant } from './lifetime';
import { isInstanceType } from '../domain/types';
import type { Cid, Grant, InstanceGrantLevel, InstanceType, Permission, Role, RoleAssignment, SubaccountGrantLevel, UnixTime } from '../domain/types';
import type { Rule } from './types';
import { parseScope, scopeInstance, scopeResolves } from './scope';
import { inBranch, isStrictDescendant } from './worldTables';
import type { WorldTables } from './worldTables';

export interface GrantLink {
  grant: Grant;
  /** Levels of the item(s) reaching this instance, `read` included. */
  levels: ReadonlySet<string>;
  /** The rule objects of this link, made once (answers share them: treat rules as read-only). */
  rules: Partial<Record<InstanceGrantLevel, Rule>>;
}
export interface RoleLink {
  assignment: RoleAssignment;
  role: Role;
  perms: ReadonlySet<Permission>;
  rule: Rule;
}
export interface Range {
  lo: number;
  hi: number;
}

export interface AccountRights {
  cid: Cid;
  now: UnixTime;
  /** Own branch as tour positions (empty range when the account is unknown). */
  branch: Range;
  operateAs: Array<Range & { grant: Grant; root: Cid; rule: Rule }>;
  subaccountGrants: Map<Cid, Array<{ grant: Grant; levels: ReadonlySet<SubaccountGrantLevel>; readRule: Rule }>>;
  grantsById: Record<InstanceType, Map<number, GrantLink[]>>;
  /** Grants with `ids: "all"`, by grantor. */
  grantsAll: Record<InstanceType, Map<Cid, GrantLink[]>>;
  roleAccounts: Array<RoleLink & Range & { root: Cid }>;
  roleInstances: Record<InstanceType, Map<number, RoleLink[]>>;
  /** Member devices reached through group-scoped assignments. */
  roleMembers: Map<number, RoleLink[]>;
  /** Branch rules by owner account, made once. */
  branchRules: Map<Cid, Rule>;
  /** Questions asked per instance type and memoized readable marks (see readableMemo.ts). */
  asked: Record<InstanceType, number>;
  marks: Record<InstanceType, Uint8Array | null>;
  /** Yes/no questions asked per type and action, and the memoized allowed bits (see allowedMemo.ts). */
  askedBits: Record<InstanceType, Record<string, number | undefined>>;
  bits: Record<InstanceType, Record<string, Uint32Array | undefined>>;
}

const frozen = (rule: Rule): Rule => Object.freeze(rule);

/** One value per instance type, as an object literal so every such object shares one shape (hot paths index it). */
export const perType = <V>(make: () => V): Record<InstanceType, V> => ({
  devices: make(),
  channels: make(),
  streams: make(),
  calcs: make(),
  plugins: make(),
  groups: make(),
});

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export const rangeOf = (wt: WorldTables, cid: Cid): Range => ({ lo: wt.pos.get(cid) ?? 0, hi: wt.last.get(cid) ?? -1 });

function addGrant(wt: WorldTables, r: AccountRights, g: Grant): void {
  for (const item of g.items) {
    const levels = new Set<string>(['read', ...item.access]);
    if (item.type === 'subaccounts') {
      if (!Array.isArray(item.ids)) continue;
      for (const s of new Set(item.ids)) {
        if (!isStrictDescendant(wt, g.cid, s)) continue;
        const readRule = frozen({ kind: 'subaccount-grant', grantId: g.id, subaccountCid: s, level: 'read' });
        push(r.subaccountGrants, s, { grant: g, levels: levels as Set<SubaccountGrantLevel>, readRule });
        if (levels.has('operate-as'))
          r.operateAs.push({
            grant: g,
            root: s,
            ...rangeOf(wt, s),
            rule: frozen({ kind: 'subaccount-grant', grantId: g.id, subaccountCid: s, level: 'operate-as' }),
          });
      }
    } else if (isInstanceType(item.type)) {
      if (item.ids === 'all') push(r.grantsAll[item.type], g.cid, { grant: g, levels, rules: {} });
      else {
        const link: GrantLink = { grant: g, levels, rules: {} };
        for (const id of new Set(item.ids)) {
          if (wt.instances[item.type].byId.get(id)?.cid === g.cid) push(r.grantsById[item.type], id, link);
        }
      }
    }
  }
}

function addAssignment(wt: WorldTables, r: AccountRights, a: RoleAssignment, permsOf: (role: Role) => ReadonlySet<Permission>): void {
  const role = wt.roles.get(a.role_id);
  const scope = parseScope(a.scope);
  if (!role || !scope || !scopeResolves(wt, scope)) return;
  const rule = frozen({ kind: 'role', assignmentId: a.id, roleId: a.role_id, roleName: role.name, scope: a.scope });
  const link: RoleLink = { assignment: a, role, perms: permsOf(role), rule };
  if (scope.kind === 'account') {
    r.roleAccounts.push({ ...link, root: scope.cid, ...rangeOf(wt, scope.cid) });
    return;
  }
  push(r.roleInstances[scope.type], scope.id, link);
  const inst = scopeInstance(wt, scope);
  if (scope.type !== 'groups' || !inst) return;
  // Members outside the scope account's branch are left out: whoever assigned the role never held them.
  for (const d of new Set(inst.devices ?? [])) {
    const dev = wt.instances.devices.byId.get(d);
    if (dev && inBranch(wt, scope.cid, dev.cid)) push(r.roleMembers, d, link);
  }
}

export function computeAccountRights(wt: WorldTables, cid: Cid, now: UnixTime, permsOf: (role: Role) => ReadonlySet<Permission>): AccountRights {
  const r: AccountRights = {
    cid,
    now,
    branch: rangeOf(wt, cid),
    operateAs: [],
    subaccountGrants: new Map(),
    grantsById: perType(() => new Map()),
    grantsAll: perType(() => new Map()),
    roleAccounts: [],
    roleInstances: perType(() => new Map()),
    roleMembers: new Map(),
    branchRules: new Map(),
    asked: perType(() => 0),
    marks: perType((): Uint8Array | null => null),
    askedBits: perType((): Record<string, number | undefined> => ({})),
    bits: perType((): Record<string, Uint32Array | undefined> => ({})),
  };
  for (const g of wt.grantsByGrantee.get(cid) ?? []) if (isActiveGrant(g, now)) addGrant(wt, r, g);
  for (const a of wt.assignmentsBySubject.get(cid) ?? []) if (isActiveAssignment(a, now)) addAssignment(wt, r, a, permsOf);
  return r;
}
