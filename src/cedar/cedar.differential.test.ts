/**
 * Differential property test (issue 23): Cedar's decision on the exported schema, policies and entities equals
 * the permission module's on random worlds (the property: `test/agreement.ts`; that it can fail:
 * `cedar.planted.test.ts`). CEDAR_RUNS (worlds, default 200), CEDAR_SEED (default: a new one, in the test's
 * name), CEDAR_STATS=1.
 */
import { describe, expect, it } from 'vitest';
import { QUESTIONS, runAgreement } from './test/agreement';

const RUNS = Number(process.env.CEDAR_RUNS ?? 200);
const SEED = process.env.CEDAR_SEED ? Number(process.env.CEDAR_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;

describe('Cedar agrees with the permission module', () => {
  it(`on ${RUNS} random worlds × ${QUESTIONS} questions, a grant sweep and a role sweep (CEDAR_SEED=${SEED})`, () => {
    const { report, seed, shrinks, stats } = runAgreement({ runs: RUNS, seed: SEED });
    if (report !== null) throw new Error(`${report}\n(CEDAR_SEED=${seed}, shrunk ${shrinks} times)`);
    if (process.env.CEDAR_STATS) {
      console.log(`${stats.worlds} worlds, ${stats.questions} questions, ${stats.allowed} allowed, ${stats.cedarCalls} Cedar calls`);
      console.log(`refused by the module: ${[...stats.refusals].map(([c, n]) => `${c} ${n}`).join(', ')}`);
      console.log(
        [...stats.policies]
          .sort((a, b) => b[1] - a[1])
          .map(([id, n]) => `${id}: ${n}`)
          .join('\n'),
      );
    }
    expect(stats.worlds).toBe(RUNS);
    // Not a vacuous agreement: a good share of the questions are allowed, by many different policies.
    expect(stats.allowed).toBeGreaterThan(stats.questions / 8);
    expect(stats.policies.size).toBeGreaterThan(30);
  });
});
