/**
 * Differential property test (issue 23): on random worlds (the permission module's own generator), for random
 * principals, actions and records, Cedar's decision on the exported schema, policies and entities equals the
 * module's `decide`; and the per-request entity slice a gateway would send decides the same as all entities.
 * Besides the random questions, each world sweeps one grant: every action on its items, as each grantee.
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
import { tokenEntity } from './tokenEntity';
import { questionArb, questionOf, sweepQuestions } from './test/questions';
import type { Question, QuestionPick } from './test/questions';
import { describeMismatch } from './test/mismatch';

const RUNS = Number(process.env.CEDAR_RUNS ?? 200);
const SEED = process.env.CEDAR_SEED ? Number(process.env.CEDAR_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
const QUESTIONS = 40;
/** Every how many questions the slice's answer is checked against all entities' (each costs a full call). */
const FULL_EVERY = 8;

const cedar = new CedarAuthorizer();
const stats = { worlds: 0, questions: 0, allowed: 0, policies: new Map<string, number>(), refusals: new Map<string, number>() };

/** Cedar on the entities a gateway would send with the request; now and then also on all of them. */
function askCedar(
  store: EntityStore,
  entities: Parameters<CedarAuthorizer['authorize']>[1],
  q: Question,
  full: boolean,
): { answers: CedarAnswer[]; sliceAgrees: boolean } {
  const answers: CedarAnswer[] = [];
  let sliceAgrees = true;
  // An account asked as such has no token record: its (master, never-expiring) token comes with the request.
  const principal = tokenEntity(q.p.token);
  const all = store.get(principal.uid) ? entities : [...entities, principal];
  for (const r of cedarRequests(q.p, q.req)) {
    const sliced = cedar.authorize(r, store.slice(r, principal));
    if (full && cedar.authorize(r, all).allowed !== sliced.allowed) sliceAgrees = false;
    answers.push(sliced);
  }
  return { answers, sliceAgrees };
}

/** The first disagreement in a world (its report), or null. */
function check(world: Parameters<typeof buildAccessIndex>[0], suggested: number[], picks: readonly QuestionPick[], sweep: number): string | null {
  const ix = buildAccessIndex(world);
  const exported = exportCedar(world, { asOf: GEN_NOW });
  const store = new EntityStore(exported.entities);
  stats.worlds++;
  const random = picks.map((pick) => questionOf(world, suggested, pick, (p, type) => ix.visibleIds(p, type)));
  for (const q of [...random, ...sweepQuestions(world, sweep)]) {
    const module: Decision = ix.decide(q.p, q.req);
    const { answers, sliceAgrees } = askCedar(store, exported.entities, q, stats.questions % FULL_EVERY === 0);
    const allowed = answers.some((a) => a.allowed);
    stats.questions++;
    if (module.allowed) stats.allowed++;
    else stats.refusals.set(module.refusal?.code ?? '?', (stats.refusals.get(module.refusal?.code ?? '?') ?? 0) + 1);
    for (const a of answers) if (a.allowed) for (const id of a.reasons) stats.policies.set(id, (stats.policies.get(id) ?? 0) + 1);
    if (allowed !== module.allowed || !sliceAgrees) return describeMismatch(world, q, module, answers, sliceAgrees);
  }
  return null;
}

/**
 * Shrinking re-runs whole worlds: after this many attempts it stops looking for a smaller one and the
 * smallest found so far is reported (a failure otherwise shrinks for minutes on two cores).
 */
const SHRINK_BUDGET = 400;

describe('Cedar agrees with the permission module', () => {
  it(`on ${RUNS} random worlds × ${QUESTIONS} questions (CEDAR_SEED=${SEED})`, () => {
    let report: string | null = null;
    let afterFailure = 0;
    const details = fc.check(
      fc.property(worldArb, fc.array(questionArb, { minLength: QUESTIONS, maxLength: QUESTIONS }), fc.nat(20), ({ world, acting }, picks, sweep) => {
        if (report !== null && ++afterFailure > SHRINK_BUDGET) return true;
        const found = check(world, acting, picks, sweep);
        if (found !== null) report = found;
        return found === null;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    if (details.failed) throw new Error(`${report ?? String(details.errorInstance)}\n(CEDAR_SEED=${details.seed}, shrunk ${details.numShrinks} times)`);
    if (process.env.CEDAR_STATS) {
      console.log(`${stats.worlds} worlds, ${stats.questions} questions, ${stats.allowed} allowed`);
      console.log(`refused by the module: ${[...stats.refusals].map(([c, n]) => `${c} ${n}`).join(', ')}`);
      console.log(
        [...stats.policies]
          .sort((a, b) => b[1] - a[1])
          .map(([id, n]) => `${id}: ${n}`)
          .join('\n'),
      );
    }
    // Not a vacuous agreement: a good share of the questions are allowed, by many different policies.
    expect(stats.allowed).toBeGreaterThan(stats.questions / 8);
    expect(stats.policies.size).toBeGreaterThan(30);
  });
});
