/**
 * No re-share through operate-as, as a property: a token acting as an account it reaches only through an
 * operate-as grant (by the oracle's reading) may make no token, grant, custom role or role assignment there,
 * whatever the draft; every such question is a 403 `escalation` (the oracle's create rule agrees).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKEN_KINDS } from '../domain/types';
import type { Token, World } from '../domain/types';
import { buildAccessIndex, checkAssignmentDraft, checkGrantDraft, checkRoleDraft, checkTokenDraft } from './index';
import type { Principal } from './index';
import { oracleMayActAs } from './test/oracle';
import { oracleActsThroughGrant } from './test/oraclePassOn';
import { GEN_NOW, worldArb } from './test/worldArb';

const RUNS = Math.max(100, Math.floor(Number(process.env.PERMISSION_RUNS ?? 1000) / 3));

/** Every (master token, account it reaches only through operate-as) of the world. */
function throughGrant(world: World): Principal[] {
  return world.tokens
    .filter((t) => t.access.type === TOKEN_KINDS.master)
    .flatMap((token: Token) =>
      world.accounts
        .filter((a) => oracleMayActAs(world, token, a.id, GEN_NOW) && oracleActsThroughGrant(world, token, a.id))
        .map((a): Principal => ({ token, actingCid: a.id, now: GEN_NOW })),
    );
}

/** Adds an operate-as grant to the first master token's account, so such principals are common. */
function withOperateAs(world: World, n: number): World {
  const token = world.tokens.find((t) => t.access.type === TOKEN_KINDS.master);
  const below = world.accounts.filter((a) => a.owner_id !== 0 && token && oracleActsThroughGrant(world, token, a.id));
  const s = below[n % Math.max(below.length, 1)];
  if (!token || !s) return world;
  const grant = {
    id: 99,
    cid: s.owner_id,
    name: 'operate',
    items: [{ type: 'subaccounts' as const, ids: [s.id], access: ['operate-as' as const] }],
    subaccounts: [token.cid],
    expire: 0,
    enabled: true,
  };
  return { ...world, grants: [...world.grants, grant] };
}

describe('no re-share through operate-as', () => {
  it('refuses every token, grant, role and assignment draft made acting through a grant', () => {
    let cases = 0;
    fc.assert(
      fc.property(worldArb, fc.nat(50), ({ world: base }, n) => {
        const world = withOperateAs(base, n);
        const ix = buildAccessIndex(world);
        for (const p of throughGrant(world)) {
          const cid = n % 2 === 0 ? p.actingCid : (world.accounts[n % world.accounts.length]?.id ?? p.actingCid);
          if (ix.principal(p.token.key, String(p.actingCid), GEN_NOW).ok === false) continue;
          cases++;
          const role = world.roles[n % Math.max(world.roles.length, 1)];
          const results = [
            checkGrantDraft(ix, p, { cid, name: 'g', items: [], subaccounts: [p.token.cid], expire: 0, enabled: true }),
            checkRoleDraft(ix, p, { cid, name: 'r', description: '', permissions: [] }),
            checkAssignmentDraft(ix, p, { cid, role_id: role?.id ?? 1, subject_cid: p.token.cid, scope: `/accounts/${p.actingCid}`, expire: 0 }),
            checkTokenDraft(ix, p, { cid, info: '', enabled: true, expire: GEN_NOW + 60, ttl: 0, ips: '', access: { type: TOKEN_KINDS.master, acl: [] } }),
          ];
          for (const r of results) expect(r.ok).toBe(false);
          for (const type of ['tokens', 'grants', 'roles', 'role-assignments'] as const) expect(ix.creatableAccounts(p, type)).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
    expect(cases).toBeGreaterThan(RUNS / 20);
  });
});
