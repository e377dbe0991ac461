/**
 * The write matrix (issue 22, proof): every write route of the handlers' own table × random principals
 * (master, standard and ACL tokens of random accounts, acting as their own account or one they may act
 * as) × random bodies (plausible, drawn from the contract, broken), in random canary worlds. A refused
 * write leaves the world, the logs, the revisions and the id counters identical; an allowed one changes
 * only the records it names (writeVerdict.ts says exactly what that means).
 */
import fc from 'fast-check';
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Token, World } from '../../src/domain/types';
import { oracleMayActAs, oracleTokenUsable } from '../../src/permissions/test/oracle';
import { GEN_NOW } from '../../src/permissions/test/worldArb';
import { getStore, installStore } from '../db/backend';
import { applyChange } from '../db/change';
import type { Change } from '../db/change';
import { highestIds } from '../db/idCounter';
import { STORE_VERSION, Store } from '../db/store';
import { handlers } from './index';
import { canaryWorldArb } from './test/canaryWorld';
import type { CanaryWorld } from './test/canaryWorld';
import { oracleView } from './test/oracleView';
import { rand } from './test/routeCalls';
import type { Rand } from './test/routeCalls';
import { drawBody } from './test/writeBodies';
import { fillWritePath, routeType, writeRoutes } from './test/writeRoutes';
import type { WriteRoute } from './test/writeRoutes';
import { judgeWrite } from './test/writeVerdict';
import { describeDiff, takeSnapshot } from './test/worldSnapshot';

const RUNS = Number(process.env.WRITE_RUNS ?? 150);
const WRITES_PER_WORLD = 24;
const ROUTES = writeRoutes(handlers);

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

interface Principal {
  token: Token;
  actingCid: number;
}

/** Mostly a usable token, half of those master (so that many writes are allowed), now and then any; its own account or one it may act as. */
function pickPrincipal(w: World, r: Rand): Principal | null {
  const usable = w.tokens.filter((t) => oracleTokenUsable(t, GEN_NOW) === 'ok');
  const masters = usable.filter((t) => t.access.type === 1);
  const roll = r(8);
  const pool = roll < 4 && masters.length > 0 ? masters : roll < 7 && usable.length > 0 ? usable : w.tokens;
  const token = pool[r(pool.length)];
  if (!token) return null;
  const actable = w.accounts.map((a) => a.id).filter((c) => c !== token.cid && oracleMayActAs(w, token, c, GEN_NOW));
  return { token, actingCid: r(2) === 0 ? token.cid : (actable[r(actable.length)] ?? token.cid) };
}

const isRootActingAsRoot = (w: World, p: Principal): boolean => {
  const root = w.accounts.find((a) => a.owner_id === 0)?.id;
  return p.token.access.type === 1 && p.token.cid === root && p.actingCid === root;
};

async function writeOnce(route: WriteRoute, p: Principal, r: Rand): Promise<void> {
  const store = getStore();
  const state = store.snapshot();
  const w = store.world;
  const view = oracleView(w, { token: p.token, actingCid: p.actingCid, now: GEN_NOW });
  const { url, named } = fillWritePath(route, w, view, r, p.actingCid);
  const body = drawBody(route, w, r, p.actingCid);
  const headers: Record<string, string> = { authorization: `FlespiToken ${p.token.key}`, 'content-type': 'application/json' };
  if (p.actingCid !== p.token.cid) headers['x-flespi-cid'] = String(p.actingCid);
  const guarded = [...named][0]?.split(':');
  if (guarded && r(4) === 0) headers['if-match'] = String(store.rev(guarded[0] ?? '', Number(guarded[1])) + (r(2) ? 0 : 1));
  const target = r(3) === 0 ? `${url}?confirm=lockout` : url;
  const before = takeSnapshot(store);
  const journal: Change[] = [];
  const unsubscribe = store.subscribe((e) => void (e.kind === 'change' && journal.push(e.change)));
  const res = await getResponse(handlers, new Request(`http://api.test${target}`, { method: route.method, headers, body: body.text }));
  unsubscribe();
  const text = res ? await res.text() : '';
  const status = res?.status ?? 0;
  const answer = parseJson(text);
  const request = { method: route.method, url: target, body: body.text?.slice(0, 400), bodyKind: body.kind, ifMatch: headers['if-match'] };
  const principal = { token: p.token.id, kind: p.token.access.type, cid: p.token.cid, actingCid: p.actingCid };
  if (route.path.startsWith('/mock/') && status >= 200 && status < 300) {
    // Reset and import replace the whole world by design, for the root's master token acting as the root only.
    expect({ request, principal, root: isRootActingAsRoot(w, p) }).toEqual({ request, principal, root: true });
    installStore(new Store(state));
    return;
  }
  // What the journal keeps of the write (as IndexedDB would: a structured clone), replayed on the state before it, is the state after it.
  const replayed = journal.reduce((s, c) => applyChange(s, structuredClone(c)), state);
  const persisted = (s: typeof state) => ({ world: s.world, logs: s.logs, revs: s.revs, lastIds: s.lastIds });
  if (journal.length) expect({ request, replayed: persisted(replayed) }).toEqual({ request, replayed: persisted(getStore().snapshot()) });
  const calls = perRoute.get(`${route.method} ${route.path}`) ?? { calls: 0, allowed: 0 };
  perRoute.set(`${route.method} ${route.path}`, { calls: calls.calls + 1, allowed: calls.allowed + (status >= 200 && status < 300 ? 1 : 0) });
  const verdict = judgeWrite({
    before,
    after: takeSnapshot(getStore()),
    worldBefore: w,
    view,
    type: routeType(route.path),
    named,
    status,
    answer,
    viewAfter: () => oracleView(getStore().world, { token: p.token, actingCid: p.actingCid, now: GEN_NOW }),
    creates: route.method === 'POST' && !route.path.includes(':'),
  });
  if (verdict.problems.length > 0)
    expect({ request, principal, status, answer: text.slice(0, 600), problems: verdict.problems, diff: describeDiff(verdict.diff) }).toEqual({ problems: [] });
  if (status >= 500) expect({ request, principal, status, answer: text.slice(0, 600) }).toEqual({ status: 'below 500' });
}

/** Requests and allowed ones over the run (every route must be called, and many writes allowed). */
const tally = { requests: 0, allowed: 0 };
const perRoute = new Map<string, { calls: number; allowed: number }>();

async function checkWorld({ world, logs }: CanaryWorld, seed: number): Promise<void> {
  installStore(new Store({ version: STORE_VERSION, world, logs, revs: {}, lastIds: highestIds(world, logs, undefined) }));
  const r = rand(seed);
  let p: Principal | null = null;
  for (let i = 0; i < WRITES_PER_WORLD; i++) {
    // A new principal every third write; its token as the world has it now (an earlier write may have changed it).
    const current = getStore().world;
    if (i % 3 === 0 || !p) p = pickPrincipal(current, r);
    if (!p) return;
    const token: Token = p.token;
    p = { ...p, token: current.tokens.find((t) => t.id === token.id) ?? token };
    const route = ROUTES[r(ROUTES.length)];
    if (!route) return;
    const logsBefore = getStore().logs.length;
    await writeOnce(route, p, r);
    tally.requests++;
    if (getStore().logs.length > logsBefore) tally.allowed++;
  }
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(GEN_NOW * 1000);
});
afterAll(() => vi.useRealTimers());

describe('write matrix', () => {
  it('enumerates the write routes from the handlers themselves', () => {
    const names = ROUTES.map((x) => `${x.method} ${x.path}`);
    expect(names).toContain('POST /gw/devices');
    expect(names).toContain('DELETE /gw/groups/:sel/devices/:dsel');
    expect(names).toContain('POST /platform/grants/:sel/subaccounts/:asel');
    expect(names).toContain('PUT /platform/customer');
    expect(ROUTES.length).toBeGreaterThan(40);
  });

  it(
    `a refused write changes nothing, an allowed one only what it names (${RUNS} random worlds)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(canaryWorldArb, fc.integer(), (w, seed) => checkWorld(w, seed)),
        {
          numRuns: RUNS,
          seed: process.env.WRITE_SEED ? Number(process.env.WRITE_SEED) : undefined,
        },
      );
      // Many writes must get through, or the matrix proves little about allowed ones. Measured: 10.7-11.7 % of
      // 3,600 writes over six seeds (one run in many fell to 9.2 %: worlds are correlated), so the floor sits at 6 %.
      // WRITE_STATS=1 prints calls and 2xx answers per route.
      if (process.env.WRITE_STATS) console.table(Object.fromEntries([...perRoute].sort((a, b) => a[1].allowed - b[1].allowed)));
      expect(tally.allowed).toBeGreaterThan(tally.requests * 0.06);
      if (RUNS >= 100) expect(ROUTES.map((x) => `${x.method} ${x.path}`).filter((k) => !perRoute.has(k))).toEqual([]);
    },
    Math.max(60_000, RUNS * 600),
  );
});
