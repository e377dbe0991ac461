import { describe, expect, it } from 'vitest';
import type { Token, World } from '../domain/types';
import { buildAccessIndex, lockoutRisk } from './index';
import type { LockoutTarget, Principal } from './index';
import { FUTURE, NOW, PAST, T, fixtureWorld, key, tokenOf } from './test/fixtures';

const as = (world: World, tokenId: number, actingCid?: number): Principal => {
  const token = tokenOf(world, tokenId);
  return { token, actingCid: actingCid ?? token.cid, now: NOW };
};
const risk = (world: World, tokenId: number, target: LockoutTarget, actingCid?: number) =>
  lockoutRisk(buildAccessIndex(world), as(world, tokenId, actingCid), target);
const rootMaster = (id: number, extra: Partial<Token> = {}): Token => ({
  ...tokenOf(fixtureWorld(), T.rootMaster),
  id,
  key: key(id),
  info: `root master ${id}`,
  ...extra,
});

describe('lockoutRisk: the last root master token', () => {
  it('refuses disabling or deleting it, with no way to confirm', () => {
    const world = fixtureWorld();
    for (const change of ['disable', 'delete'] as const) {
      const r = risk(world, T.rootMaster, { type: 'tokens', ids: [T.rootMaster], change });
      expect(r?.code).toBe('last-root-master');
      expect(r?.confirmable).toBe(false);
      expect(r?.message).toMatch(/root account/);
    }
  });
  it('an expired or disabled spare does not count', () => {
    const world = fixtureWorld();
    world.tokens.push(rootMaster(30, { expire: PAST }), rootMaster(31, { enabled: false }));
    expect(risk(world, T.rootMaster, { type: 'tokens', ids: [T.rootMaster], change: 'delete' })?.code).toBe('last-root-master');
  });
  it('with an active spare, removing the calling token only needs a confirmation; removing the spare is fine', () => {
    const world = fixtureWorld();
    world.tokens.push(rootMaster(30, { expire: FUTURE }));
    const own = risk(world, T.rootMaster, { type: 'tokens', ids: [T.rootMaster], change: 'disable' });
    expect(own).toMatchObject({ code: 'own-token', confirmable: true });
    expect(risk(world, T.rootMaster, { type: 'tokens', ids: [30], change: 'delete' })).toBeNull();
    expect(risk(world, T.rootMaster, { type: 'tokens', ids: [30, T.rootMaster], change: 'delete' })?.code).toBe('last-root-master');
  });
  it("another account's master tokens are not guarded", () => {
    expect(risk(fixtureWorld(), T.rootMaster, { type: 'tokens', ids: [T.contosoMaster], change: 'delete' })).toBeNull();
  });
});

describe("lockoutRisk: the principal's own access", () => {
  it("blocking an ancestor of the calling token's account cuts it off", () => {
    const world = fixtureWorld();
    expect(risk(world, T.nwMaster, { type: 'subaccounts', ids: [4], change: 'block' })).toMatchObject({ code: 'own-account', confirmable: true });
    expect(risk(world, T.rootMaster, { type: 'subaccounts', ids: [4], change: 'block' })).toBeNull();
  });
  it('disabling the operate-as grant the principal acts through', () => {
    const world = fixtureWorld();
    const r = risk(world, T.supportMaster, { type: 'grants', ids: [5], change: 'disable' }, 9);
    expect(r).toMatchObject({ code: 'own-access', confirmable: true });
    expect(r?.message).toMatch(/cuts off the token you are using/);
    expect(risk(world, T.supportMaster, { type: 'grants', ids: [5], change: 'disable' })?.message).toMatch(/record\(s\)/);
    expect(risk(world, T.rootMaster, { type: 'grants', ids: [5], change: 'disable' })).toBeNull();
  });
  it('deleting a role assignment that gives the principal its rights', () => {
    const world = fixtureWorld();
    const a = world.roleAssignments.find((x) => x.id === 6);
    if (!a) throw new Error('fixture');
    Object.assign(a, { cid: 6, subject_cid: 8 });
    const r = risk(world, T.danaMaster, { type: 'role-assignments', ids: [6], change: 'delete' });
    expect(r).toMatchObject({ code: 'own-access', confirmable: true });
    expect(r?.message).toMatch(/\d+ record/);
    expect(risk(world, T.rootMaster, { type: 'role-assignments', ids: [6], change: 'delete' })).toBeNull();
  });
  it('deleting a grant the principal receives, but not one that gives it nothing', () => {
    const world = fixtureWorld();
    expect(risk(world, T.danaMaster, { type: 'grants', ids: [2], change: 'delete' })?.code).toBe('own-access');
    expect(risk(world, T.nwMaster, { type: 'grants', ids: [6], change: 'delete' })).toBeNull();
  });
  it('does not change the world it is asked about', () => {
    const world = fixtureWorld();
    const before = JSON.stringify(world);
    risk(world, T.supportMaster, { type: 'grants', ids: [5], change: 'delete' }, 9);
    expect(JSON.stringify(world)).toBe(before);
  });
});
