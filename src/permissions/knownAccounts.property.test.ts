/** `knownAccounts` asks only likely accounts: as a property, it names exactly the accounts `myAccessView` knows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAccessIndex, knownAccounts, myAccessView } from './index';
import type { Principal } from './index';
import { oracleMayActAs } from './test/oracle';
import { GEN_NOW, worldArb } from './test/worldArb';

const RUNS = Math.max(100, Math.floor(Number(process.env.PERMISSION_RUNS ?? 1000) / 3));

describe('knownAccounts', () => {
  it('is every account the "my access" view knows, for every token acting as each account it may act as', () => {
    fc.assert(
      fc.property(worldArb, ({ world }) => {
        const ix = buildAccessIndex(world);
        for (const token of world.tokens) {
          for (const a of world.accounts.filter((x) => x.id === token.cid || oracleMayActAs(world, token, x.id, GEN_NOW))) {
            const p: Principal = { token, actingCid: a.id, now: GEN_NOW };
            const view = myAccessView(ix, p);
            const want = world.accounts.filter((x) => view.may('subaccounts', x.id)).map((x) => x.id);
            expect(knownAccounts(ix, p).map((x) => x.id)).toEqual([...want].sort((x, y) => x - y));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
