import type { Action } from '../src/domain/types';
import { buildAccessIndex } from '../src/permissions';
import type { Principal } from '../src/permissions';
import { caslAbility } from './caslAbility';
import { REPS, NOW, caslCan, deep, devices, facts, ix, nw, principalOf, world } from './benchWorld';
import { fmt, median, ratio, time } from './measure';
import { naiveAllows, naivePrincipal } from './naiveScan';

/** One single check as the module is asked it. */
export interface Question {
  p: Principal;
  req: { action: Exclude<Action, 'create'>; type: 'devices'; id: number };
}

/** 10,000 single checks over 10 principals (root, deep, 8 random accounts), random devices and actions, warm and cold. */
export function singleChecks(rows: string[][], notes: string[]): { oursQs: Question[]; oursChecks: { ms: number; result: boolean[] } } {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const cids = [1, deep, ...Array.from({ length: 8 }, () => 1 + next(world.accounts.length))];
  const actions: Array<Exclude<Action, 'create'>> = ['read', 'update', 'logs', 'command'];
  const checks = Array.from({ length: 10_000 }, () => ({
    cid: cids[next(cids.length)] ?? 1,
    device: devices[next(devices.length)] ?? devices[0],
    action: actions[next(actions.length)] ?? 'read',
  }));
  const principals = new Map(cids.map((c) => [c, principalOf(c)]));
  const abilities = new Map(cids.map((c) => [c, caslAbility(world, facts, c, NOW, 'devices')]));
  // Questions are prepared up front for all three (principal + request; ability + device; account + device).
  const oursQs: Question[] = checks.map((c) => ({
    p: principals.get(c.cid) ?? principalOf(c.cid),
    req: { action: c.action, type: 'devices' as const, id: c.device?.id ?? 0 },
  }));
  const caslQs = checks.map((c) => ({ ab: abilities.get(c.cid) ?? caslAbility(world, facts, c.cid, NOW, 'devices'), d: c.device, action: c.action }));
  const answers = (n: number, fn: (i: number) => boolean): boolean[] => {
    const out = new Array<boolean>(n);
    for (let i = 0; i < n; i++) out[i] = fn(i);
    return out;
  };
  // Both get the same long warm-up (JIT tiers settle after ~15 runs of 10,000) and 30 timed runs.
  const oursChecks = time(
    2 * REPS,
    () =>
      answers(oursQs.length, (i) => {
        const q = oursQs[i];
        return q !== undefined && ix.decide(q.p, q.req).allowed;
      }),
    15,
  );
  // The same questions through allows(): decide's verdict alone, a bit test once an account asked enough.
  const oursAllows = time(
    2 * REPS,
    () =>
      answers(oursQs.length, (i) => {
        const q = oursQs[i];
        return q !== undefined && ix.allows(q.p, q.req);
      }),
    15,
  );
  const caslChecks = time(
    2 * REPS,
    () =>
      answers(caslQs.length, (i) => {
        const q = caslQs[i];
        return q?.d !== undefined && caslCan(q.ab, q.d, q.action);
      }),
    15,
  );
  const naiveChecks = time(3, () =>
    answers(checks.length, (i) => {
      const c = checks[i];
      return c?.device !== undefined && naiveAllows(nw, naivePrincipal(nw, c.cid, NOW), c.device, c.action);
    }),
  );
  // Cold: a fresh index (its rights and memos empty) or fresh abilities, with the code already JIT-warm.
  const coldIx = median(
    [0, 1, 2].map(() => {
      const fresh = buildAccessIndex(world);
      const t = performance.now();
      answers(oursQs.length, (i) => {
        const q = oursQs[i];
        return q !== undefined && fresh.decide(q.p, q.req).allowed;
      });
      return performance.now() - t;
    }),
  );
  const coldCasl = median(
    [0, 1, 2].map(() => {
      const t = performance.now();
      const fresh = new Map(cids.map((c) => [c, caslAbility(world, facts, c, NOW, 'devices')]));
      answers(checks.length, (i) => {
        const c = checks[i];
        const ab = c && fresh.get(c.cid);
        return !!c?.device && !!ab && caslCan(ab, c.device, c.action);
      });
      return performance.now() - t;
    }),
  );
  const agree = [caslChecks.result, naiveChecks.result, oursAllows.result].every((r) => r.every((x, i) => x === oursChecks.result[i]));
  const allowed = oursChecks.result.filter(Boolean).length;
  rows.push([
    `10,000 single checks (${allowed} allowed)`,
    fmt(oursChecks.ms),
    fmt(caslChecks.ms),
    fmt(naiveChecks.ms),
    ratio(caslChecks.ms, oursChecks.ms),
    ratio(naiveChecks.ms, oursChecks.ms),
  ]);
  rows.push([
    'same, as yes/no: allows() (bits)',
    fmt(oursAllows.ms),
    fmt(caslChecks.ms),
    fmt(naiveChecks.ms),
    ratio(caslChecks.ms, oursAllows.ms),
    ratio(naiveChecks.ms, oursAllows.ms),
  ]);
  rows.push(['same, cold: fresh index / fresh abilities (median of 3)', fmt(coldIx), fmt(coldCasl), '–', ratio(coldCasl, coldIx), '–']);
  notes.push(
    `checks: answers identical across the four (decide, allows, CASL, naive): ${agree} (10 principals: root, the deep account, 8 random; CASL abilities prebuilt except in the cold row; the naive scan filters grants and assignments per check)`,
  );
  return { oursQs, oursChecks };
}
