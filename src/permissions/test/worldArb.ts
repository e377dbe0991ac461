/**
 * Random small worlds for the property tests: an account tree (depth up to 4 below the root), instances
 * with memberships (foreign and missing members included), tokens of every kind and state with ACL entries,
 * grants (instance and subaccount items, valid or not, live or not), custom roles with any TYPE:ACTION,
 * role assignments with every scope form (malformed and mismatched too), expired or not.
 * Raw choices are plain numbers so fast-check can shrink a failing world.
 */
import fc from 'fast-check';
import { ACTIONS, HTTP_METHODS, INSTANCE_GRANT_LEVELS, INSTANCE_TYPES, ITEM_TYPES, SUBACCOUNT_GRANT_LEVELS, SUBMODULES } from '../../domain/types';
import { ACL_URIS } from '../../domain/aclUris';
import type {
  Account,
  AclEntry,
  HttpMethod,
  Grant,
  GrantItem,
  Instance,
  InstanceType,
  Permission,
  Role,
  RoleAssignment,
  Token,
  World,
} from '../../domain/types';
import { ORACLE_BUILTINS } from './oracleBuiltins';

export const GEN_NOW = 1_700_000_000;
const nat = (max = 50): fc.Arbitrary<number> => fc.nat({ max });
const list = <T>(a: fc.Arbitrary<T>, maxLength: number, minLength = 0): fc.Arbitrary<T[]> => fc.array(a, { minLength, maxLength });

const rawArb = fc.record({
  parents: list(nat(), 7),
  blocked: list(nat(), 1),
  instances: list(fc.record({ type: nat(5), owner: nat(), members: list(nat(), 3) }), 14),
  tokens: list(
    fc.record({
      owner: nat(),
      kind: nat(2),
      state: nat(9),
      acl: list(
        fc.record({ uri: nat(8), methods: nat(63), ids: fc.option(list(nat(), 3)), subs: fc.option(list(fc.record({ name: nat(5), methods: nat(63) }), 2)) }),
        3,
      ),
    }),
    5,
    1,
  ),
  grants: list(
    fc.record({
      grantor: nat(),
      items: list(fc.record({ type: nat(6), ids: fc.option(list(nat(), 3)), levels: nat(255) }), 3, 1),
      grantees: list(nat(), 2, 1),
      state: nat(3),
    }),
    5,
  ),
  roles: list(fc.record({ owner: nat(), perms: list(nat(ITEM_TYPES.length * ACTIONS.length - 1), 6) }), 2),
  assignments: list(fc.record({ owner: nat(), role: nat(), subject: nat(), scope: fc.record({ kind: nat(4), a: nat(), b: nat() }), state: nat(2) }), 5),
  acting: list(nat(), 5),
});
type ArbValue<A> = A extends fc.Arbitrary<infer T> ? T : never;
export type RawWorld = ArbValue<typeof rawArb>;

const bits = <T>(all: readonly T[], mask: number): T[] => all.filter((_, i) => (mask >> i) & 1);
/** Methods from a 6-bit mask: bit 5 adds GET, so most entries can read. */
const methodBits = (mask: number): HttpMethod[] => [...new Set([...(mask & 32 ? (['GET'] as const) : []), ...bits(HTTP_METHODS, mask & 31)])];
const pick = <T>(all: readonly T[], n: number): T | undefined => (all.length === 0 ? undefined : all[n % all.length]);

export function buildWorld(raw: RawWorld): { world: World; acting: number[] } {
  const n = raw.parents.length + 1;
  const depth = new Map<number, number>([[1, 0]]);
  const accounts: Account[] = [{ id: 1, name: 'a1', owner_id: 0, blocked: false }];
  raw.parents.forEach((choice, i) => {
    const id = i + 2;
    const parents = accounts.filter((a) => (depth.get(a.id) ?? 0) < 4);
    const parent = pick(parents, choice)?.id ?? 1;
    depth.set(id, (depth.get(parent) ?? 0) + 1);
    accounts.push({ id, name: `a${id}`, owner_id: parent, blocked: false });
  });
  for (const b of raw.blocked) {
    if (b < 40) continue;
    const a = accounts[b % n];
    if (a) a.blocked = true;
  }
  const cidOf = (x: number): number => (x === 50 ? n + 1 : (x % n) + 1); // a missing account now and then
  const instances = Object.fromEntries(INSTANCE_TYPES.map((t) => [t, [] as Instance[]])) as Record<InstanceType, Instance[]>;
  raw.instances.forEach((r, i) => {
    const type = INSTANCE_TYPES[r.type % 6] ?? 'devices';
    instances[type].push({ id: (INSTANCE_TYPES.indexOf(type) + 1) * 100 + i, cid: (r.owner % n) + 1, type, name: `${type}${i}` });
  });
  raw.instances.forEach((r, i) => {
    const type = INSTANCE_TYPES[r.type % 6] ?? 'devices';
    const inst = instances[type].find((x) => x.id === (INSTANCE_TYPES.indexOf(type) + 1) * 100 + i);
    if (inst && type !== 'devices' && type !== 'channels') inst.devices = r.members.map((m) => pick(instances.devices, m)?.id ?? 199);
  });
  const idsOf = (type: InstanceType, choices: number[]): number[] => choices.map((c) => pick([...instances[type].map((x) => x.id), 999], c) ?? 999);

  const tokens: Token[] = raw.tokens.map((r, i) => {
    const id = i + 1;
    // 0-4 live, 5 expired, 6 disabled, 7 ttl only, 8 expire passed but ttl live, 9 no limit set
    const expire = r.state === 5 || r.state === 8 ? GEN_NOW - 100 : r.state === 7 || r.state === 9 ? 0 : GEN_NOW + 100;
    const ttl = r.state === 7 || r.state === 8 ? 300 : 0;
    const acl: AclEntry[] =
      r.kind !== 2
        ? []
        : r.acl.map((e) => {
            const uri = ACL_URIS[e.uri % 8] ?? 'gw/devices';
            const type = uri.slice(3) as InstanceType;
            const entry: AclEntry = { uri, methods: methodBits(e.methods), ids: e.ids === null ? 'all' : idsOf(type, e.ids) };
            if (e.subs !== null) entry.submodules = e.subs.map((s) => ({ name: SUBMODULES[s.name % 6] ?? 'logs', methods: methodBits(s.methods) }));
            return entry;
          });
    return {
      id,
      cid: cidOf(r.owner),
      key: `T${id}`.padEnd(64, 'q'),
      info: '',
      enabled: r.state !== 6,
      expire,
      ttl,
      created: GEN_NOW - 1000,
      accessed: GEN_NOW - 10,
      ips: '',
      access: { type: r.kind as 0 | 1 | 2, acl },
    };
  });

  const grants: Grant[] = raw.grants.map((r, i) => {
    const items: GrantItem[] = r.items.map((it) => {
      const t = INSTANCE_TYPES[it.type];
      if (t === undefined)
        return { type: 'subaccounts', ids: (it.ids ?? [it.levels]).map((c) => (c % n) + 1), access: bits(SUBACCOUNT_GRANT_LEVELS, it.levels) };
      return { type: t, ids: it.ids === null ? 'all' : idsOf(t, it.ids), access: bits(INSTANCE_GRANT_LEVELS, it.levels) };
    });
    const expire = r.state === 2 ? GEN_NOW - 1 : r.state === 3 ? GEN_NOW + 1 : 0;
    return { id: i + 1, cid: (r.grantor % n) + 1, name: `g${i + 1}`, items, subaccounts: r.grantees.map((c) => (c % n) + 1), expire, enabled: r.state !== 1 };
  });

  const allPerms = ITEM_TYPES.flatMap((t) => ACTIONS.map((a): Permission => `${t}:${a}`));
  const custom: Role[] = raw.roles.map((r, i) => ({
    id: 10 + i,
    cid: (r.owner % n) + 1,
    name: `custom${i}`,
    description: '',
    builtin: false,
    permissions: [...new Set(r.perms.map((p) => allPerms[p] ?? 'devices:read'))],
  }));
  const roleIds = [...ORACLE_BUILTINS, ...custom].map((r) => r.id);
  const allInstances = INSTANCE_TYPES.flatMap((t) => instances[t]);
  const assignments: RoleAssignment[] = raw.assignments.map((r, i) => {
    const inst = pick(allInstances, r.scope.b);
    const group = pick(instances.groups, r.scope.b);
    const scope =
      r.scope.kind === 0 || !inst
        ? `/accounts/${cidOf(r.scope.a)}`
        : r.scope.kind === 1
          ? `/accounts/${inst.cid}/${inst.type}/${inst.id}`
          : r.scope.kind === 2
            ? `/accounts/${(r.scope.a % n) + 1}/${inst.type}/${inst.id}`
            : r.scope.kind === 3 && group
              ? `/accounts/${group.cid}/groups/${group.id}`
              : `/accounts/${inst.cid}/things/1`;
    const expire = r.state === 1 ? GEN_NOW - 5 : r.state === 2 ? GEN_NOW + 5 : 0;
    return { id: i + 1, cid: (r.owner % n) + 1, role_id: pick([...roleIds, 99], r.role) ?? 99, subject_cid: (r.subject % n) + 1, scope, expire };
  });
  const world: World = { accounts, instances, tokens, grants, roles: [...ORACLE_BUILTINS, ...custom], roleAssignments: assignments };
  return { world, acting: raw.acting.map((a) => cidOf(a)) };
}

export const worldArb: fc.Arbitrary<{ world: World; acting: number[] }> = rawArb.map(buildWorld);
