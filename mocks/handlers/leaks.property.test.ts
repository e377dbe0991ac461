/**
 * The canary leak harness (issue 22): random worlds where every record carries a unique canary; random
 * principals (master, standard and ACL tokens, acting as each account they may act as) call every GET
 * route of the handlers' route table, and preview random drafts. No answer may hold a canary, or an id in an id-bearing field, of a
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
import { fillPath, getPaths, previewDraft, rand } from './test/routeCalls';

const RUNS = Number(process.env.LEAK_RUNS ?? 200);
const PRINCIPALS_PER_WORLD = 2;
/**
 * `/mock/export` is the world's backup (the root's master token acting as the root only): it holds every
 * record, keys and orphans included, by design.
 */
const PATHS = getPaths(handlers).filter((p) => !p.startsWith('/mock/'));

async function checkWorld({ world, logs }: CanaryWorld, seed: number): Promise<void> {
  installStore(new Store({ version: STORE_VERSION, world, logs, revs: {} }));
  const r = rand(seed);
  // Two principals a world (a random token, acting as its own account or as one it may act as): every
  // route for each keeps 200 worlds within the time budget.
  for (let i = 0; i < PRINCIPALS_PER_WORLD; i++) {
    const token = world.tokens[r(world.tokens.length)];
    if (!token) continue;
    const actable = world.accounts.map((a) => a.id).filter((c) => c !== token.cid && oracleMayActAs(world, token, c, GEN_NOW));
    const actingCid = r(2) === 0 ? token.cid : (actable[r(actable.length)] ?? token.cid);
    const view = oracleView(world, { token, actingCid, now: GEN_NOW });
    // `/auth/info` answers the token about itself: its ACL may name what its account reads (as a master token would).
    const ownView = oracleView(world, { token: { ...token, access: { type: 1, acl: [] } }, actingCid: token.cid, now: GEN_NOW });
    // "My access" (`/platform/access/<cid>/mine`, and its `/names`) tells a standard or master token what its acting account reads
    // (what is shared with it, and by whom); an ACL token learns only what it reads itself (issue 20).
    const mineView = token.access.type === 2 ? view : oracleView(world, { token: { ...token, access: { type: 1, acl: [] } }, actingCid, now: GEN_NOW });
    const headers: Record<string, string> = { authorization: `FlespiToken ${token.key}`, 'content-type': 'application/json' };
    if (actingCid !== token.cid) headers['x-flespi-cid'] = String(actingCid);
    const calls: Array<{ url: string; body?: string }> = [
      ...PATHS.map((path) => ({ url: fillPath(path, world, r, actingCid) })),
      ...[0, 1, 2].map(() => ({ url: '/platform/access/preview', body: JSON.stringify(previewDraft(world, r)) })),
    ];
    for (const { url, body } of calls) {
      const request = new Request(`http://api.test${url}`, body === undefined ? { headers } : { method: 'POST', headers, body });
      const res = await getResponse(handlers, request);
      const text = res ? await res.text() : '';
      const judge = url.startsWith('/auth/info') ? ownView : /^\/platform\/access\/\d+\/(mine|names)/.test(url) ? mineView : view;
      const leaks = leaksIn(text, judge, (role, subject) => subject === actingCid && world.roles.some((x) => x.id === role));
      if (leaks.length > 0) expect({ url, body, token: token.id, kind: token.access.type, actingCid, leaks, text: text.slice(0, 600) }).toEqual({ leaks: [] });
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

  it(
    `no answer holds what the oracle hides (${RUNS} random worlds)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(canaryWorldArb, fc.integer(), (w, seed) => checkWorld(w, seed)),
        {
          numRuns: RUNS,
          seed: process.env.LEAK_SEED ? Number(process.env.LEAK_SEED) : undefined,
        },
      );
    },
    Math.max(60_000, RUNS * 600),
  );
});
