/** "Why not?" one step further (issue 20): the nearest blocker, table-driven and against the oracle over random worlds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { World } from '../domain/types';
import { INSTANCE_TYPES } from '../domain/types';
import { accountPrincipal, buildAccessIndex, nearestBlocker } from './index';
import type { Blocker, Principal } from './index';
import { NOW, T, fixtureWorld, tokenOf } from './test/fixtures';
import { oracleDecide } from './test/oracle';
import { ORACLE_BUILTINS } from './test/oracleBuiltins';
import { GEN_NOW, worldArb } from './test/worldArb';

const w = fixtureWorld();
const ix = buildAccessIndex(w);
const as = (tokenId: number, acting?: number): Principal => {
  const token = tokenOf(w, tokenId);
  return { token, actingCid: acting ?? token.cid, now: NOW };
};
const root = as(T.rootMaster);

describe('nearestBlocker (fixture world)', () => {
  it("names Dana's expired contributor assignment on Contoso for a Contoso device, restorable by the root", () => {
    expect(nearestBlocker(ix, root, accountPrincipal(8, NOW), { action: 'read', type: 'devices', id: 121 })).toEqual({
      kind: 'expired-assignment',
      type: 'role-assignments',
      id: 2,
      expire: NOW - 3600,
      restore: 'extend',
      mayRestore: true,
    });
  });
  it('names a disabled grant (enable) and an expired grant (extend) that would give the right', () => {
    // Northwind (5) receives grant 6 (disabled, all of Contoso's devices) and grant 7 (expired, device 121).
    expect(nearestBlocker(ix, root, accountPrincipal(5, NOW), { action: 'read', type: 'devices', id: 122 })).toMatchObject({
      kind: 'disabled-grant',
      id: 6,
      restore: 'enable',
    });
    const for121 = nearestBlocker(ix, root, accountPrincipal(5, NOW), { action: 'read', type: 'devices', id: 121 });
    expect(for121?.kind === 'expired-grant' || for121?.kind === 'disabled-grant').toBe(true);
  });
  it('is null when the right is held, or when nothing lapsed would give it', () => {
    expect(nearestBlocker(ix, root, accountPrincipal(8, NOW), { action: 'read', type: 'devices', id: 122 })).toBeNull();
    expect(nearestBlocker(ix, root, accountPrincipal(8, NOW), { action: 'read', type: 'devices', id: 101 })).toBeNull();
  });
  it('names only what the caller reads: Dana herself is not told of an assignment she cannot change, but may read', () => {
    const b = nearestBlocker(ix, as(T.danaMaster), accountPrincipal(8, NOW), { action: 'read', type: 'devices', id: 121 });
    expect(b === null || b.mayRestore === false).toBe(true);
  });
  it('an ACL token: the missing entry, when its account holds the right', () => {
    const b = nearestBlocker(ix, root, as(T.toolbox), { action: 'read', type: 'devices', id: 113 });
    expect(b).toMatchObject({ kind: 'acl-entry', type: 'tokens', id: T.toolbox, restore: 'add-acl-entry' });
  });
});

/** The record a blocker names, restored in a copy of the world. */
function restored(world: World, b: Blocker, req: { type: (typeof INSTANCE_TYPES)[number]; id: number }): World {
  if (b.type === 'role-assignments') return { ...world, roleAssignments: world.roleAssignments.map((a) => (a.id === b.id ? { ...a, expire: 0 } : a)) };
  if (b.type === 'grants') return { ...world, grants: world.grants.map((g) => (g.id === b.id ? { ...g, enabled: true, expire: 0 } : g)) };
  const entry = { uri: `gw/${req.type}` as const, methods: ['GET' as const], ids: [req.id] };
  return { ...world, tokens: world.tokens.map((t) => (t.id === b.id ? { ...t, access: { ...t.access, acl: [...t.access.acl, entry] } } : t)) };
}

describe('nearestBlocker against the oracle (random worlds)', () => {
  it('a blocker, restored, gives the right by the oracle; none is named for a right already held or a record the caller cannot read', () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(...INSTANCE_TYPES), ({ world }, a, b, c, type) => {
        const index = buildAccessIndex(world);
        const caller = world.tokens[a % Math.max(world.tokens.length, 1)];
        const account = world.accounts[b % world.accounts.length];
        const item = world.instances[type][c % Math.max(world.instances[type].length, 1)];
        if (!caller || !account || !item) return;
        const callerP: Principal = { token: caller, actingCid: caller.cid, now: GEN_NOW };
        const subject = accountPrincipal(account.id, GEN_NOW);
        const req = { action: 'read' as const, type, id: item.id };
        const found = nearestBlocker(index, callerP, subject, req);
        const held = oracleDecide(world, ORACLE_BUILTINS, subject, req).status === 200;
        if (held) expect(found).toBeNull();
        if (!found) return;
        expect(oracleDecide(world, ORACLE_BUILTINS, callerP, { action: 'read', type: found.type, id: found.id }).status).toBe(200);
        expect(oracleDecide(restored(world, found, { type, id: item.id }), ORACLE_BUILTINS, subject, req).status).toBe(200);
        expect(found.mayRestore).toBe(oracleDecide(world, ORACLE_BUILTINS, callerP, { action: 'update', type: found.type, id: found.id }).status === 200);
      }),
      { numRuns: 300 },
    );
  });
});
