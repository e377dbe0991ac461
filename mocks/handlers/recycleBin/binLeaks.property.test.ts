/**
 * The canary leak harness for the recycle bin (issue 18): random canary worlds, a few records deleted
 * through the handlers; random principals list the bin, its logs, a selection, and try a restore and its
 * preview. No answer may hold a canary (or an id in an id-bearing field) of a record the independent oracle
 * says the principal cannot read now, or could not read were that entry back.
 */
import fc from 'fast-check';
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { binOrigin } from '../../../src/contracts/recycleBin';
import { accountPrincipal, worldWithEntry } from '../../../src/permissions';
import { oracleMayActAs } from '../../../src/permissions/test/oracle';
import { GEN_NOW } from '../../../src/permissions/test/worldArb';
import type { Token, World } from '../../../src/domain/types';
import { getStore, installStore } from '../../db/backend';
import { STORE_VERSION, Store } from '../../db/store';
import { handlers } from '../index';
import { canaryWorldArb } from '../test/canaryWorld';
import type { CanaryWorld } from '../test/canaryWorld';
import { leaksIn } from '../test/leakCheck';
import { oracleView } from '../test/oracleView';
import type { OraclePrincipal, OracleView } from '../test/oracleView';

/** How many worlds had something in the bin for the principal to (not) see: a harness that never fills it proves nothing. */
const reached = { worlds: 0, withEntries: 0 };

const ROOT_KEY = 'BinLeakRootMasterKey'.padEnd(64, '0');

async function send(key: string, method: string, path: string, cid: number, body?: unknown) {
  const headers: Record<string, string> = { authorization: `FlespiToken ${key}`, 'x-flespi-cid': String(cid), 'content-type': 'application/json' };
  const init: RequestInit = body === undefined ? { method, headers } : { method, headers, body: JSON.stringify(body) };
  const res = await getResponse(handlers, new Request(`http://api.test${path}`, init));
  return res ? res.text() : '';
}

/** The oracle's view now, or, for a record in the bin, its view of the world with that entry back. */
function binOracle(w: World, p: OraclePrincipal): OracleView {
  const now = oracleView(w, p);
  return {
    may: (type, id) => {
      if (now.may(type, id)) return true;
      const e = w.deleted?.find((x) => x.type === type && x.item_id === id);
      const back = e && worldWithEntry(w, e);
      return !!back && oracleView(back, p).may(type, id);
    },
  };
}

async function checkWorld({ world: generated, logs }: CanaryWorld, picks: number[], seed: number): Promise<void> {
  const world = structuredClone(generated);
  const root = world.accounts.find((a) => a.owner_id === 0);
  if (!root) return;
  const rootToken: Token = { ...accountPrincipal(root.id, GEN_NOW).token, id: 9998, key: ROOT_KEY, info: 'root' };
  world.tokens.push(rootToken);
  installStore(new Store({ version: STORE_VERSION, world, logs, revs: {} }));
  const candidates = [
    ...Object.values(world.instances).flatMap((l) => l.map((i) => binOrigin(i.type, i.id))),
    ...world.grants.map((g) => binOrigin('grants', g.id)),
    ...world.roleAssignments.map((a) => binOrigin('role-assignments', a.id)),
    ...world.tokens.filter((t) => t.id !== rootToken.id).map((t) => binOrigin('tokens', t.id)),
    ...world.accounts.filter((a) => a.owner_id !== 0).map((a) => binOrigin('subaccounts', a.id)),
  ];
  for (const i of picks) {
    const origin = candidates[i % Math.max(candidates.length, 1)];
    if (origin) await send(ROOT_KEY, 'DELETE', `/${origin}?confirm=lockout`, root.id);
  }
  const after = getStore().world;
  reached.worlds++;
  if (after.deleted?.length) reached.withEntries++;
  const tokens = after.tokens.filter((t) => t.id !== rootToken.id);
  const token = tokens[Math.abs(seed) % Math.max(tokens.length, 1)];
  if (!token) return;
  const actable = after.accounts.map((a) => a.id).filter((c) => c !== token.cid && oracleMayActAs(after, token, c, GEN_NOW));
  const actingCid = seed % 2 === 0 ? token.cid : (actable[Math.abs(seed) % Math.max(actable.length, 1)] ?? token.cid);
  const view = binOracle(after, { token, actingCid, now: GEN_NOW });
  const entry = after.deleted?.[Math.abs(seed) % Math.max(after.deleted.length, 1)];
  const sel = encodeURIComponent(entry ? binOrigin(entry.type, entry.item_id) : 'all');
  const calls: Array<[string, string, unknown?]> = [
    ['GET', '/platform/deleted/all'],
    ['GET', '/platform/deleted/all/logs'],
    ['GET', `/platform/deleted/${encodeURIComponent('origin=gw/*')}`],
    ['GET', `/platform/deleted/${sel}/logs`],
    ['POST', '/platform/access/preview', { restore: { origin: decodeURIComponent(sel) } }],
    ['POST', `/platform/deleted/${sel}/restore`],
  ];
  for (const [method, path, body] of calls) {
    // A restore changes the world: its answer is judged by what the principal sees after it too.
    const text = await send(token.key, method, path, actingCid, body);
    const judge = method === 'POST' && path.endsWith('/restore') ? either(view, binOracle(getStore().world, { token, actingCid, now: GEN_NOW })) : view;
    const leaks = leaksIn(text, judge);
    if (leaks.length > 0) expect({ path, token: token.id, kind: token.access.type, actingCid, leaks, text: text.slice(0, 600) }).toEqual({ leaks: [] });
  }
}

const either = (a: OracleView, b: OracleView): OracleView => ({ may: (t, id) => a.may(t, id) || b.may(t, id) });

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(GEN_NOW * 1000);
});
afterAll(() => vi.useRealTimers());

describe('recycle bin leak harness', () => {
  it('no bin answer holds what the oracle hides', async () => {
    await fc.assert(
      fc.asyncProperty(canaryWorldArb, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.integer(), (w, picks, seed) => checkWorld(w, picks, seed)),
      { numRuns: Number(process.env.BIN_LEAK_RUNS ?? 80) },
    );
    expect(reached.withEntries).toBeGreaterThan(reached.worlds / 2);
  }, 120_000);
});
