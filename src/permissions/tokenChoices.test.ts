import { describe, expect, it } from 'vitest';
import { buildAccessIndex, checkTokenDraft, tokenKindChoices } from './index';
import type { Principal } from './index';
import { NOW, T, fixtureWorld, tokenOf } from './test/fixtures';

const world = fixtureWorld();
const ix = buildAccessIndex(world);
const p = (tokenId: number): Principal => {
  const token = tokenOf(world, tokenId);
  return { token, actingCid: token.cid, now: NOW };
};

describe('tokenKindChoices', () => {
  it('offers every kind where the guard accepts a token for the account', () => {
    expect(tokenKindChoices(ix, p(T.rootMaster), 5).map((c) => c.allowed)).toEqual([true, true, true]);
    // An account reached through operate-as is not the holder's to mint tokens for (no re-share).
    expect(tokenKindChoices(ix, p(T.supportMaster), 10).every((c) => !c.allowed && /through a grant/.test(c.reason ?? ''))).toBe(true);
  });

  it("gives the guard's reason where it refuses, kind by kind", () => {
    const choices = tokenKindChoices(ix, p(T.supportMaster), 6);
    expect(choices.every((c) => !c.allowed)).toBe(true);
    const draft = { cid: 6, info: '', enabled: true, expire: NOW + 3600, ttl: 0, ips: '', access: { type: 1 as const, acl: [] } };
    const g = checkTokenDraft(ix, p(T.supportMaster), draft);
    expect(g.ok).toBe(false);
    expect(choices.find((c) => c.type === 1)?.reason).toBe(g.ok ? undefined : g.refusal.message);
  });

  it('refuses every kind to a token that is not master', () => {
    expect(tokenKindChoices(ix, p(T.nwStandard), 5).map((c) => c.reason)).toEqual(Array(3).fill(expect.stringMatching(/only a master token/)));
  });
});
