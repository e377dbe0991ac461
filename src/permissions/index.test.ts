import { describe, expect, it } from 'vitest';
import { buildAccessIndex, diffAccess, explainDecision, listRefusal, tokenMayUsePlatform, tokenMayUseType, tokenState } from './index';
import type { Principal } from './index';
import { NOW, PAST, T, fixtureWorld, key, tokenOf } from './test/fixtures';

const world = fixtureWorld();
const ix = buildAccessIndex(world);
const p = (tokenId: number, actingCid?: number): Principal => {
  const token = tokenOf(world, tokenId);
  return { token, actingCid: actingCid ?? token.cid, now: NOW };
};

describe('authenticate and principal', () => {
  it.each([
    ['malformed', 'abc', 'token-malformed'],
    ['unknown', 'Z'.repeat(64), 'token-unknown'],
    ['expired', key(T.old), 'token-expired'],
    ['disabled', key(T.disabled), 'token-disabled'],
    ['blocked account', key(T.blocked), 'account-blocked'],
  ])('%s key is 401', (_n, k, code) => {
    const r = ix.authenticate(k, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.status).toBe(401);
      expect(r.refusal.code).toBe(code);
      expect(r.refusal.message).not.toContain(k);
    }
  });

  it.each([
    ['no header', T.rootMaster, null, 1],
    ['own account', T.rootMaster, '1', 1],
    ['descendant', T.rootMaster, '12', 12],
    ['operate-as subaccount', T.supportMaster, '9', 9],
    ['operate-as descendant', T.supportMaster, '10', 10],
  ])('x-flespi-cid allowed: %s', (_n, tokenId, header, acting) => {
    const r = ix.principal(key(tokenId), header, NOW);
    expect(r.ok && r.principal.actingCid).toBe(acting);
  });

  it.each([
    ['foreign account', T.nwStandard, '1', 'cid-not-allowed'],
    ['malformed header', T.rootMaster, '5;drop', 'cid-not-allowed'],
    ['unknown account', T.rootMaster, '777', 'cid-not-allowed'],
    ['subaccount-read grantee', T.contosoMaster, '9', 'cid-not-allowed'],
    ['blocked account', T.rootMaster, '11', 'account-blocked'],
  ])('x-flespi-cid refused: %s', (_n, tokenId, header, code) => {
    const r = ix.principal(key(tokenId), header, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.status).toBe(403);
      expect(r.refusal.code).toBe(code);
    }
  });

  it('actable accounts: own branch then operate-as branches, blocked left out', () => {
    expect(ix.actableAccounts(tokenOf(world, T.supportMaster), NOW)).toEqual([7, 8, 9, 10, 12]);
    expect(ix.actableAccounts(tokenOf(world, T.rootMaster), NOW)).not.toContain(11);
    expect(ix.actingVia(tokenOf(world, T.supportMaster), 10, NOW)).toBe('operate-as');
  });
});

describe('listings', () => {
  it.each([
    ['root master', T.rootMaster, 'devices', [101, 111, 112, 113, 121, 122, 123, 131, 132]],
    ['owner', T.nwStandard, 'devices', [111, 112, 113]],
    ['ACL ids', T.toolbox, 'devices', [111, 112]],
    ['grants + roles', T.danaStandard, 'devices', [111, 112, 113, 122, 123]],
    ['subaccount read', T.contosoMaster, 'devices', [121, 122, 123, 131]],
    ['all-calcs grant', T.nwStandard, 'calcs', [301, 302]],
    ['standard: no tokens', T.nwStandard, 'tokens', []],
    ['tokens of the branch', T.nwMaster, 'tokens', [T.nwStandard, T.toolbox, T.nwAcl, T.nwMaster, T.ttlOnly]],
    ['roles catalog', T.contosoMaster, 'roles', [1, 2, 3, 4, 5, 10]],
    ['role assignments held', T.danaMaster, 'role-assignments', [1, 2, 4]],
    ['subaccounts', T.supportMaster, 'subaccounts', [6, 8, 9, 10, 12]],
  ] as const)('%s', (_n, tokenId, type, ids) => {
    expect(ix.visibleIds(p(tokenId), type)).toEqual(ids);
  });

  it('a kind that can never list a type is refused (403), not shown an empty list', () => {
    expect(listRefusal(tokenOf(world, T.rootMaster), 'tokens')).toBeNull();
    expect(listRefusal(tokenOf(world, T.nwStandard), 'devices')).toBeNull();
    expect(listRefusal(tokenOf(world, T.nwStandard), 'tokens')).toMatchObject({ status: 403, refusal: { code: 'token-kind' } });
    expect(listRefusal(tokenOf(world, T.toolbox), 'devices')).toBeNull();
    expect(listRefusal(tokenOf(world, T.toolbox), 'channels')).toMatchObject({ status: 403, refusal: { code: 'acl-missing' } });
    expect(listRefusal(tokenOf(world, T.toolbox), 'grants')).toMatchObject({ status: 403, refusal: { code: 'token-kind' } });
  });

  it('member lists show only devices the principal can read', () => {
    expect(ix.visibleMembers(p(T.nwStandard), 'calcs', 301)).toEqual([111]);
    expect(ix.visibleMembers(p(T.contosoMaster), 'groups', 601)).toEqual([]);
    expect(ix.visibleMembers(p(T.fleetMaster), 'groups', 601)).toEqual([111, 112, 113]);
    expect(ix.visibleMembers(p(T.nwStandard), 'calcs', 303)).toEqual([]);
  });

  it('effective access lists permissions and rules per item', () => {
    const [e] = ix.effectiveAccess(p(T.danaStandard), 'devices', [122, 121]);
    expect(ix.effectiveAccess(p(T.danaStandard), 'devices', [122, 121])).toHaveLength(1);
    expect(e?.permissions).toEqual(['read', 'update', 'logs']);
    expect(e?.cid).toBe(6);
    expect(e?.rules.map((r) => r.kind)).toEqual(['grant', 'grant']);
  });

  it('account access ignores token restrictions', () => {
    expect(ix.accountAccess(5, 'devices', NOW).map((e) => e.id)).toEqual([111, 112, 113]);
    expect(ix.accountAccess(11, 'devices', NOW)).toEqual([]);
  });

  it('creatable accounts', () => {
    expect(ix.creatableAccounts(p(T.contosoMaster), 'devices')).toEqual([9, 6]);
    expect(ix.creatableAccounts(p(T.contosoMaster), 'channels')).toEqual([6]);
    expect(ix.creatableAccounts(p(T.nwStandard), 'tokens')).toEqual([]);
    expect(ix.creatableAccounts(p(T.coldMaster), 'subaccounts')).toEqual([3, 9, 10]);
  });

  it('who has access: accounts as such and usable tokens', () => {
    const who = ix.whoHasAccess('devices', 122, NOW);
    expect(who.accounts.map((a) => a.cid).sort((a, b) => a - b)).toEqual([1, 2, 4, 6, 7, 8]);
    const dana = who.accounts.find((a) => a.cid === 8);
    expect(dana?.permissions).toEqual(['read', 'update', 'logs']);
    const tokens = who.tokens.map((t) => t.tokenId);
    expect(tokens).toContain(T.trackit);
    expect(tokens).not.toContain(T.old);
    expect(tokens).not.toContain(T.disabled);
  });
});

describe('tokens and explanations', () => {
  it('token state', () => {
    expect(tokenState({ enabled: true, expire: PAST, ttl: 0, accessed: 0 }, NOW).state).toBe('expired');
    expect(tokenState({ enabled: true, expire: PAST, ttl: 600, accessed: NOW - 10 }, NOW)).toEqual({ state: 'active', expiresAt: NOW + 590 });
    expect(tokenState({ enabled: false, expire: 0, ttl: 0, accessed: 0 }, NOW).state).toBe('disabled');
    expect(tokenState({ enabled: true, expire: 0, ttl: 0, accessed: 0 }, NOW)).toEqual({ state: 'active', expiresAt: null });
  });

  it('a ttl counts from creation while the token was never used, then from its last use', () => {
    const fresh = { enabled: true, expire: 0, ttl: 600, accessed: 0, created: NOW - 60 };
    expect(tokenState(fresh, NOW)).toEqual({ state: 'active', expiresAt: NOW + 540 });
    expect(tokenState({ ...fresh, created: NOW - 700 }, NOW).state).toBe('expired');
    expect(tokenState({ ...fresh, created: NOW - 700, accessed: NOW - 10 }, NOW)).toEqual({ state: 'active', expiresAt: NOW + 590 });
  });

  it('token kinds and menus', () => {
    expect(tokenMayUsePlatform(tokenOf(world, T.rootMaster))).toBe(true);
    expect(tokenMayUsePlatform(tokenOf(world, T.nwStandard))).toBe(false);
    expect(tokenMayUseType(tokenOf(world, T.toolbox), 'devices')).toBe(true);
    expect(tokenMayUseType(tokenOf(world, T.toolbox), 'channels')).toBe(false);
    expect(tokenMayUseType(tokenOf(world, T.nwStandard), 'grants')).toBe(false);
  });

  it('explains allowed and refused decisions', () => {
    const ok = ix.decide(p(T.danaStandard), { action: 'read', type: 'devices', id: 111 });
    expect(explainDecision(ok)).toContain('role "reader"');
    const no = ix.decide(p(T.toolbox), { action: 'update', type: 'devices', id: 111 });
    expect(no.refusal?.code).toBe('acl-method');
    expect(explainDecision(no, { subject: 'token “Toolbox”', item: 'Reefer 11', action: 'update' })).toContain('its access list does not let it change it');
  });
});

describe('diffAccess', () => {
  it('shows gains and changes of a draft grant', () => {
    const after = fixtureWorld();
    after.grants.push({
      id: 50,
      cid: 6,
      name: 'more',
      items: [{ type: 'devices', ids: [121, 122], access: ['read', 'delete'] }],
      subaccounts: [8],
      expire: 0,
      enabled: true,
    });
    const [d] = diffAccess(ix, buildAccessIndex(after), [8], NOW);
    expect(d?.gained.map((e) => `${e.type}:${e.id}`)).toEqual(['grants:50', 'devices:121']);
    expect(d?.changed.map((c) => c.after.permissions)).toEqual([['read', 'update', 'delete', 'logs']]);
    expect(d?.lost).toEqual([]);
  });
});
