/** Issue 18: who manages limits, what an account holds against them, and what a move does to what names the item. */
import { describe, expect, it } from 'vitest';
import type { Limit } from '../domain/limits';
import type { Instance, Token, World } from '../domain/types';
import { checkLimitAssignment, limitBreach, limitBreachText, limitManagerRefusal, limitUsage, moveItems } from './index';
import type { Principal } from './index';

const NONE = { devices: -1, channels: -1, streams: -1, calcs: -1, plugins: -1, groups: -1, tokens: -1, subaccounts: -1 };
const token = (id: number, cid: number, type: 0 | 1 | 2 = 1, ids: number[] = []): Token => ({
  id,
  cid,
  key: `K${id}`.padEnd(64, 'k'),
  info: `t${id}`,
  enabled: true,
  expire: 0,
  ttl: 0,
  created: 0,
  accessed: 0,
  ips: '',
  access: { type, acl: ids.length ? [{ uri: 'gw/devices', methods: ['GET'], ids }] : [] },
});
const device = (id: number, cid: number): Instance => ({ id, cid, type: 'devices', name: `d${id}` });
const group = (id: number, cid: number, devices: number[]): Instance => ({ id, cid, type: 'groups', name: `g${id}`, devices });

/** Root 1 ├ 2 (limit 1: 2 devices) └ 3 (limit 2: no devices, one token)   and 1 ├ 4. */
function world(): World {
  const limits: Limit[] = [
    { id: 1, cid: 1, name: 'Two devices', ...NONE, devices: 2 },
    { id: 2, cid: 2, name: 'Nothing', ...NONE, devices: 0, tokens: 1 },
  ];
  return {
    accounts: [
      { id: 1, name: 'Root', owner_id: 0, blocked: false },
      { id: 2, name: 'Two', owner_id: 1, blocked: false, limit_id: 1 },
      { id: 3, name: 'Three', owner_id: 2, blocked: false, limit_id: 2 },
      { id: 4, name: 'Four', owner_id: 1, blocked: false },
    ],
    instances: {
      devices: [device(10, 2), device(11, 2)],
      channels: [],
      streams: [],
      calcs: [],
      plugins: [],
      groups: [group(1, 2, [10]), group(2, 4, [10, 11])],
    },
    tokens: [token(1, 1), token(2, 2, 1, [10, 11]), token(3, 3), token(4, 1, 0), token(5, 4, 2, [10])],
    grants: [
      { id: 1, cid: 2, name: 'g', items: [{ type: 'devices', ids: [10], access: ['read'] }], subaccounts: [4], expire: 0, enabled: true },
      { id: 2, cid: 3, name: 'h', items: [{ type: 'devices', ids: [10], access: ['read'] }], subaccounts: [4], expire: 0, enabled: true },
    ],
    roles: [],
    roleAssignments: [
      { id: 1, cid: 2, role_id: 5, subject_cid: 4, scope: '/accounts/2/devices/10', expire: 0 },
      { id: 2, cid: 4, role_id: 5, subject_cid: 1, scope: '/accounts/2/devices/11', expire: 0 },
    ],
    limits,
  };
}
const as = (tokenId: number, actingCid: number): Principal => {
  const t = world().tokens.find((x) => x.id === tokenId);
  if (!t) throw new Error('no token');
  return { token: t, actingCid, now: 0 };
};

describe('limitManagerRefusal: the branch above the owner, master tokens, acting there', () => {
  it.each([
    ['the root, for its own limits', 1, 1, 1, true],
    ['the root, for limits of a child', 1, 1, 2, true],
    ['the root acting as a child, for its own limits', 1, 2, 1, false],
    ['the limited account itself, for its parent’s', 2, 2, 1, false],
    ['a child, for its own limits', 2, 2, 2, true],
    ['a standard token of the root', 4, 1, 1, false],
    ['a sibling', 5, 4, 2, false],
  ])('%s', (_, tokenId, acting, owner, allowed) => {
    expect(limitManagerRefusal(world(), as(tokenId, acting), owner) === null).toBe(allowed);
  });
});

describe('use and breaches', () => {
  it('counts the account and its subtree', () => {
    expect(limitUsage(world(), 2)).toMatchObject({ devices: 2, tokens: 2, subaccounts: 1, groups: 1 });
    expect(limitUsage(world(), 1)).toMatchObject({ devices: 2, tokens: 5, subaccounts: 3, groups: 2 });
  });
  it.each([
    ['at its own limit of 0', 3, 'devices', 3],
    ['the account at its limit', 2, 'devices', 2],
    ['a token over 1', 3, 'tokens', 3],
  ] as const)('refuses %s', (_, cid, type, at) => {
    expect(limitBreach(world(), cid, type)?.cid).toBe(at);
  });
  it('lets through what no limit bounds, and a move that stays under the same limited account', () => {
    expect(limitBreach(world(), 4, 'devices')).toBeNull();
    expect(limitBreach(world(), 2, 'channels')).toBeNull();
    const w = world();
    w.limits = [{ ...(w.limits?.[0] as Limit), devices: 3 }];
    w.accounts = w.accounts.map((a) => (a.id === 3 ? { ...a, limit_id: undefined } : a));
    expect(limitBreach(w, 3, 'devices', 1, new Set([2, 1]))).toBeNull();
    expect(limitBreach(w, 3, 'devices', 3)).toMatchObject({ cid: 2, used: 2 });
  });
  it('names the limit to those who read it, else "a limit above your account"', () => {
    const breach = limitBreach(world(), 2, 'devices');
    if (!breach) throw new Error('expected a breach');
    expect(limitBreachText(world(), as(1, 2), breach)).toBe('Limit "Two devices" of account "Two" (#2) allows 2 devices; it holds 2 (with its subaccounts).');
    expect(limitBreachText(world(), as(2, 2), breach)).toBe('A limit above your account allows no more devices here.');
  });
});

describe('checkLimitAssignment', () => {
  it.each([
    ['its parent’s limit, by the parent', 1, 1, { owner_id: 1, limit_id: 1 }, 'ok'],
    ['another account’s limit', 1, 1, { owner_id: 1, limit_id: 2 }, 400],
    ['by the account itself', 2, 2, { owner_id: 1, limit_id: 0 }, 403],
    ['a limit that does not exist', 1, 1, { owner_id: 1, limit_id: 99 }, 404],
  ] as const)('%s', (_, tokenId, acting, draft, want) => {
    const r = checkLimitAssignment(world(), as(tokenId, acting), draft, { limit_id: 7 });
    expect(r.ok ? 'ok' : r.status).toBe(want);
  });
});

describe('moveItems: references of accounts that no longer hold the item go', () => {
  it('device 10 from Two down to Three', () => {
    const w = world();
    const refs = moveItems(w, 'devices', [10], 3);
    expect(w.instances.devices.find((d) => d.id === 10)?.cid).toBe(3);
    expect(refs.map((r) => `${r.type}:${r.id}:${r.effect}`).sort()).toEqual([
      'grants:1:updated',
      'groups:2:updated',
      'role-assignments:1:updated',
      'tokens:5:updated',
    ]);
    expect(w.grants.map((g) => g.items[0]?.ids)).toEqual([[], [10]]);
    expect(w.instances.groups.map((g) => g.devices)).toEqual([[10], [11]]);
    expect(w.roleAssignments.find((a) => a.id === 1)?.scope).toBe('/accounts/3/devices/10');
    expect(w.tokens.find((t) => t.id === 2)?.access.acl[0]?.ids).toEqual([10, 11]);
    expect(w.tokens.find((t) => t.id === 5)?.access.acl[0]?.ids).toEqual([]);
  });
  it('device 11 up to the root: an assignment made by an account not above it goes', () => {
    const w = world();
    const refs = moveItems(w, 'devices', [11], 1);
    expect(refs.filter((r) => r.effect === 'deleted').map((r) => `${r.type}:${r.id}`)).toEqual(['role-assignments:2']);
    expect(w.roleAssignments.map((a) => a.id)).toEqual([1]);
  });
});
