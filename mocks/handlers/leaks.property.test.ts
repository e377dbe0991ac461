/**
 * The canary leak harness (issue 22): random worlds where every record carries a unique canary; random
 * principals (master, standard and ACL tokens, acting as each account they may act as) call every GET
 * route of the handlers' route table. No answer may hold a canary, or an id in an id-bearing field, of a
 * record the independent oracle says the principal cannot read.
 */
import fc from 'fast-check';
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { oracleMayActAs } from '../../src/permissions/test/oracle';
import { GEN_NOW } from '../../src/permissions/test/worldArb';
import { installStore } from '../db/backend';
import { STORE_VERSION, Store } from '../db/store';
import { handlers } from './index';
import { canaryWorldArb } from './test/canaryWorld';
import type { CanaryWorld } from './test/canaryWorld';
import { leaksIn } from './test/leakCheck';
import { oracleView } from './test/oracleView';
import { fillPath, getPaths, rand } from './test/routeCalls';

const RUNS = Number(process.env.LEAK_RUNS ?? 200);
/**
 * `/mock/export` is the world's backup (the root's master token acting as the root only): it holds every
 * record, keys and orphans included, by design.
 */
const PATHS = getPaths(handlers).filter((p) => !p.startsWith('/mock/'));

async function checkWorld({ world, logs }: CanaryWorld, seed: number): Promise<void> {
  installStore(new Store({ version: STORE_VERSION, world, logs, revs: {} }));
  const r = rand(seed);
  const tokens = [...world.tokens].sort(() => r(3) - 1).slice(0, 3);
  for (const token of tokens) {
    const actable = world.accounts.map((a) => a.id).filter((c) => c !== token.cid && oracleMayActAs(world, token, c, GEN_NOW));
    const acting = [token.cid, ...actable.sort(() => r(3) - 1).slice(0, 2)];
    for (const actingCid of acting) {
      const view = oracleView(world, { token, actingCid, now: GEN_NOW });
      for (const path of PATHS) {
        const url = fillPath(path, world, r, actingCid);
        const headers: Record<string, string> = { authorization: `FlespiToken ${token.key}` };
        if (actingCid !== token.cid) headers['x-flespi-cid'] = String(actingCid);
        const res = await getResponse(handlers, new Request(`http://api.test${url}`, { headers }));
        const text = res ? await res.text() : '';
        const leaks = leaksIn(text, view);
        if (leaks.length > 0)
          expect({ url, token: token.id, kind: token.access.type, actingCid, leaks, text: text.slice(0, 600) }).toEqual({ leaks: [] });
      }
    }
  }
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(GEN_NOW * 1000);
});
afterAll(() => vi.useRealTimers());

describe('canary leak harness', () => {
  it('enumerates the GET routes from the handlers themselves', () => {
    expect(PATHS.length).toBeGreaterThan(20);
    expect(PATHS).toContain('/gw/calcs/:sel');
    expect(PATHS).toContain('/platform/access/:cid/who/:type/:id');
  });

  it(`no answer holds what the oracle hides (${RUNS} random worlds)`, async () => {
    await fc.assert(fc.asyncProperty(canaryWorldArb, fc.integer(), (w, seed) => checkWorld(w, seed)), {
      numRuns: RUNS,
      seed: process.env.LEAK_SEED ? Number(process.env.LEAK_SEED) : undefined,
    });
  });
});
