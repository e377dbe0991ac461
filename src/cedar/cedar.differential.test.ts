/**
 * Differential property test (issue 23): on random worlds (the permission module's own generator), for random
 * principals, actions and records, Cedar's decision on the exported schema, policies and entities equals the
 * module's `decide`; and the per-request entity slice a gateway would send decides the same as all entities.
 * CEDAR_RUNS (worlds, default 200), CEDAR_SEED (default: a new one, in the test's name), CEDAR_STATS=1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAccessIndex } from '../permissions';
import type { Decision } from '../permissions';
import { GEN_NOW, worldArb } from '../permissions/test/worldArb';
import { cedarRequests } from './cedarRequest';
import type { CedarAnswer } from './cedarWasm';
import { CedarAuthorizer } from './cedarWasm';
import { EntityStore } from './entitySlice';
import { exportCedar } from './exportCedar';
import { questionArb, questionOf } from './test/questions';
import type { Question } from './test/questions';
import { describeMismatch } from './test/mismatch';

const RUNS = Number(process.env.CEDAR_RUNS ?? 200);
const SEED = process.env.CEDAR_SEED ? Number(process.env.CEDAR_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
const QUESTIONS = 40;
/** Every how many questions the slice's answer is checked against all entities' (each costs a full call). */
const FULL_EVERY = 8;

const cedar = new CedarAuthorizer();
const stats = { worlds: 0, questions: 0, allowed: 0, policies: new Map<string, number>(), refusals: new Map<string, number>() };

/** Cedar on the entities a gateway would send with the request; now and then also on all of them. */
function askCedar(store: EntityStore, entities: Parameters<CedarAuthorizer['authorize']>[1], q: Question, full: boolean): { answers: CedarAnswer[]; sliceAgrees: boolean } {
  const answers: CedarAnswer[] = [];
  let sliceAgrees = true;
  for (const r of cedarRequests(q.p, q.req)) {
    const sliced = cedar.authorize(r, store.slice(r));
    if (full && cedar.authorize(r, entities).allowed !== sliced.allowed) sliceAgrees = false;
    answers.push(sliced);
  }
  return { answers, sliceAgrees };
}

function check(world: Parameters<typeof buildAccessIndex>[0], suggested: number[], picks: Array<typeof questionArb extends fc.Arbitrary<infer T> ? T : never>): void {
  const ix = buildAccessIndex(world);
  const exported = exportCedar(world, { asOf: GEN_NOW });
  const store = new EntityStore(exported.entities);
  stats.worlds++;
  for (const pick of picks) {
    const q = questionOf(world, suggested, pick, (p, type) => ix.visibleIds(p, type));
    const module: Decision = ix.decide(q.p, q.req);
    const { answers, sliceAgrees } = askCedar(store, exported.entities, q, stats.questions % FULL_EVERY === 0);
    const allowed = answers.some((a) => a.allowed);
    stats.questions++;
    if (module.allowed) stats.allowed++;
    else stats.refusals.set(module.refusal?.code ?? '?', (stats.refusals.get(module.refusal?.code ?? '?') ?? 0) + 1);
    for (const a of answers) if (a.allowed) for (const id of a.reasons) stats.policies.set(id, (stats.policies.get(id) ?? 0) + 1);
    if (allowed !== module.allowed || !sliceAgrees) throw new Error(describeMismatch(world, q, module, answers, sliceAgrees));
  }
}

describe('Cedar agrees with the permission module', () => {
  it(`on ${RUNS} random worlds × ${QUESTIONS} questions (CEDAR_SEED=${SEED})`, () => {
    fc.assert(
      fc.property(worldArb, fc.array(questionArb, { minLength: QUESTIONS, maxLength: QUESTIONS }), ({ world, acting }, picks) => check(world, acting, picks)),
      { numRuns: RUNS, seed: SEED },
    );
    if (process.env.CEDAR_STATS) {
      console.log(`${stats.worlds} worlds, ${stats.questions} questions, ${stats.allowed} allowed`);
      console.log(`refused by the module: ${[...stats.refusals].map(([c, n]) => `${c} ${n}`).join(', ')}`);
      console.log([...stats.policies].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id}: ${n}`).join('\n'));
    }
    // Not a vacuous agreement: a good share of the questions are allowed, by many different policies.
    expect(stats.allowed).toBeGreaterThan(stats.questions / 8);
    expect(stats.policies.size).toBeGreaterThan(30);
  });
});
