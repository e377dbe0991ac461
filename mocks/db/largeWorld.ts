/**
 * A large deterministic world for the benchmark and the mock backend's "large world" option:
 * by default 1,000 accounts (depth up to 4 below the root), 100,000 devices, 10,000 of each other
 * instance type, 5,000 grants, 2,000 role assignments, 2,000 tokens. Same seed, same world.
 */
import { BUILTIN_ROLES } from '../../src/permissions';
import { INSTANCE_TYPES } from '../../src/domain/types';
import type { Account, Grant, GrantItem, Instance, InstanceType, Permission, Role, RoleAssignment, Token, World } from '../../src/domain/types';
import { flespiFieldsOf } from './instanceFields';

export interface LargeWorldOptions {
  accounts?: number;
  devices?: number;
  /** Instances of each other type (channels, streams, calcs, plugins, groups). */
  perType?: number;
  grants?: number;
  roleAssignments?: number;
  tokens?: number;
  /** Reference time for expiries. */
  now?: number;
}

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Builds the world at once (the benchmark, tests, `npm run api`). */
export function buildLargeWorld(seed: number, opts: LargeWorldOptions = {}): World {
  const steps = largeWorldSteps(seed, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const YIELD_EVERY = 5000;

/**
 * The same world, step by step: yields the share of the work done so far (0..1) every few thousand
 * records, so that a browser can show progress between steps. The random sequence does not depend on
 * where it pauses: same seed, same world.
 */
export function* largeWorldSteps(seed: number, opts: LargeWorldOptions = {}): Generator<number, World, void> {
  const rand = rng(seed);
  const int = (n: number): number => Math.floor(rand() * n);
  const pickOf = <T>(xs: readonly T[]): T | undefined => xs[int(xs.length)];
  const now = opts.now ?? Math.floor(Date.now() / 1000);
  const nAccounts = opts.accounts ?? 1000;
  const nDevices = opts.devices ?? 100_000;
  const nPerType = opts.perType ?? 10_000;
  const nTokens = opts.tokens ?? 2000;
  const nGrants = opts.grants ?? 5000;
  const nAssignments = opts.roleAssignments ?? 2000;
  const total = nAccounts + nDevices + 9 * nPerType + nTokens + nGrants + nAssignments;
  let done = 0;
  let sinceYield = 0;
  /** Counts `n` units of work; true when it is time to yield. */
  const worked = (n = 1): boolean => {
    done += n;
    sinceYield += n;
    if (sinceYield < YIELD_EVERY) return false;
    sinceYield = 0;
    return true;
  };
  const progress = (): number => Math.min(1, done / total);

  const accounts: Account[] = [{ id: 1, name: 'Root', owner_id: 0, blocked: false }];
  const depth = [0, 0];
  const parentable: number[] = [1];
  const children = new Map<number, number[]>();
  for (let id = 2; id <= nAccounts; id++) {
    // Prefer recent accounts as parents so the tree gets deep quickly.
    const parent = rand() < 0.5 ? (parentable[parentable.length - 1 - int(Math.min(20, parentable.length))] ?? 1) : (pickOf(parentable) ?? 1);
    const d = (depth[parent] ?? 0) + 1;
    depth[id] = d;
    accounts.push({ id, name: `Account ${id}`, owner_id: parent, blocked: rand() < 0.003 });
    if (d < 4) parentable.push(id);
    const kids = children.get(parent) ?? [];
    kids.push(id);
    children.set(parent, kids);
    if (worked()) yield progress();
  }
  const randomCid = (): number => 1 + int(nAccounts);

  const instances = {} as Record<InstanceType, Instance[]>;
  const owned = {} as Record<InstanceType, Map<number, number[]>>;
  for (const type of INSTANCE_TYPES) {
    const count = type === 'devices' ? nDevices : nPerType;
    const list: Instance[] = new Array<Instance>(count);
    const byOwner = new Map<number, number[]>();
    for (let i = 0; i < count; i++) {
      const cid = randomCid();
      list[i] = { id: i + 1, cid, type, name: `${type.slice(0, -1)} ${i + 1}`, ...flespiFieldsOf(type, i + 1) };
      const mine = byOwner.get(cid);
      if (mine) mine.push(i + 1);
      else byOwner.set(cid, [i + 1]);
      if (worked()) yield progress();
    }
    instances[type] = list;
    owned[type] = byOwner;
  }
  const deviceCount = instances.devices.length;
  for (const type of ['groups', 'calcs', 'streams', 'plugins'] as const) {
    for (const c of instances[type]) {
      const own = owned.devices.get(c.cid) ?? [];
      const n = type === 'groups' ? 3 + int(8) : int(5);
      const members = new Set<number>();
      for (let k = 0; k < n; k++) {
        const d = rand() < 0.8 ? pickOf(own) : 1 + int(deviceCount);
        if (d !== undefined) members.add(d);
      }
      c.devices = [...members];
      if (worked()) yield progress();
    }
  }

  const tokens: Token[] = [];
  for (let i = 0; i < nTokens; i++) {
    const cid = i < nAccounts ? i + 1 : randomCid();
    const kind = i < nAccounts ? 1 : ([0, 1, 2][int(3)] ?? 0);
    let key = '';
    for (let k = 0; k < 64; k++) key += KEY_CHARS[int(KEY_CHARS.length)];
    const ids = owned.devices.get(cid)?.slice(0, 5) ?? [];
    tokens.push({
      id: i + 1,
      cid,
      key,
      info: `token ${i + 1}`,
      enabled: rand() > 0.05,
      expire: rand() < 0.1 ? now - 3600 : now + 86_400 * 365,
      ttl: 0,
      created: now - 86_400,
      accessed: now - 60,
      ips: '',
      access: { type: kind as 0 | 1 | 2, acl: kind === 2 ? [{ uri: 'gw/devices', methods: ['GET'], ids: rand() < 0.5 ? 'all' : ids }] : [] },
    });
    if (worked()) yield progress();
  }

  const descendants = (cid: number): number[] => {
    const out: number[] = [];
    const stack = [...(children.get(cid) ?? [])];
    while (stack.length > 0) {
      const c = stack.pop();
      if (c === undefined) break;
      out.push(c);
      stack.push(...(children.get(c) ?? []));
    }
    return out;
  };
  const grants: Grant[] = [];
  for (let i = 0; i < nGrants; i++) {
    const cid = randomCid();
    const items: GrantItem[] = [];
    const roll = rand();
    const below = roll < 0.12 ? descendants(cid) : [];
    if (below.length > 0) {
      const levels = (['read', 'create-devices', 'operate-as'] as const).filter((l) => l === 'read' || rand() < 0.3);
      items.push({ type: 'subaccounts', ids: [pickOf(below) ?? cid], access: [...levels] });
    } else {
      const type = rand() < 0.6 ? 'devices' : (pickOf(INSTANCE_TYPES) ?? 'channels');
      const mine = owned[type].get(cid) ?? [];
      const access = (['read', 'edit', 'delete', 'command'] as const).filter((l) => l === 'read' || (rand() < 0.3 && (l !== 'command' || type === 'devices')));
      const ids = roll < 0.3 || mine.length === 0 ? 'all' : [...new Set([pickOf(mine) ?? 0, pickOf(mine) ?? 0, pickOf(mine) ?? 0])];
      items.push({ type, ids, access: [...access] });
    }
    const grantees = [...new Set([randomCid(), ...(rand() < 0.3 ? [randomCid()] : [])])];
    grants.push({ id: i + 1, cid, name: `grant ${i + 1}`, items, subaccounts: grantees, expire: rand() < 0.05 ? now - 60 : 0, enabled: rand() > 0.03 });
    if (worked()) yield progress();
  }

  const custom: Role[] = [];
  const perms: Permission[] = [
    'devices:read',
    'devices:update',
    'devices:logs',
    'devices:command',
    'channels:read',
    'groups:read',
    'calcs:read',
    'subaccounts:read',
  ];
  for (let i = 0; i < 50; i++)
    custom.push({ id: 100 + i, cid: randomCid(), name: `custom ${i}`, description: '', builtin: false, permissions: perms.filter(() => rand() < 0.5) });
  const roleIds = [...BUILTIN_ROLES.map((r) => r.id), ...custom.map((r) => r.id)];
  const roleAssignments: RoleAssignment[] = [];
  for (let i = 0; i < nAssignments; i++) {
    const roll = rand();
    let scope: string;
    if (roll < 0.5) scope = `/accounts/${randomCid()}`;
    else {
      const type = roll < 0.75 ? 'groups' : (pickOf(INSTANCE_TYPES) ?? 'devices');
      const inst = pickOf(instances[type]);
      scope = inst ? `/accounts/${inst.cid}/${type}/${inst.id}` : `/accounts/${randomCid()}`;
    }
    roleAssignments.push({
      id: i + 1,
      cid: 1,
      role_id: pickOf(roleIds) ?? 3,
      subject_cid: randomCid(),
      scope,
      expire: rand() < 0.1 ? now - 60 : rand() < 0.3 ? now + 86_400 : 0,
    });
    if (worked()) yield progress();
  }

  return { accounts, instances, tokens, grants, roles: [...BUILTIN_ROLES, ...custom], roleAssignments };
}
