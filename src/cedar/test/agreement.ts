/**
 * The differential property (issue 23): on random worlds (`decisiveWorlds.ts`), for random principals,
 * actions and records, and a sweep of one grant and of one role assignment, Cedar's decision on the exported
 * schema, policies and entities equals the module's `decide`; the per-request entity slice decides as all entities do.
 * A plant alters what Cedar is given (the schema, or the exported entities), so that a test can prove the
 * property able to fail without a test hook in the exporter.
 */
import fc from 'fast-check';
import type { World } from '../../domain/types';
import { buildAccessIndex } from '../../permissions';
import type { Decision } from '../../permissions';
import { GEN_NOW } from '../../permissions/test/worldArb';
import { cedarRequests } from '../cedarRequest';
import type { CedarEntity, CedarRequest } from '../cedarTypes';
import type { CedarAnswer } from '../cedarWasm';
import { CedarAuthorizer } from '../cedarWasm';
import { EntityStore } from '../entitySlice';
import { exportCedar } from '../exportCedar';
import { policyRecord } from '../policies';
import { cedarSchema } from '../schema';
import type { CedarSchemaJson } from '../schema';
import { tokenEntity } from '../tokenEntity';
import { decisiveWorldArb } from './decisiveWorlds';
import { describeMismatch } from './mismatch';
import { questionArb, questionOf, roleSweepQuestions, sweepQuestions } from './questions';
import type { Question, QuestionPick } from './questions';

export interface Plant {
  schema?: (s: CedarSchemaJson) => CedarSchemaJson;
  entities?: (e: CedarEntity[]) => CedarEntity[];
}

export interface AgreementRun {
  runs: number;
  seed: number;
  /** Random questions per world (default QUESTIONS; the sweeps come on top). */
  questions?: number;
  plant?: Plant;
  /** Stop at the first failing world (no shrinking): for a planted difference, which must fail. */
  endOnFailure?: boolean;
}

export interface AgreementStats {
  worlds: number;
  questions: number;
  cedarCalls: number;
  allowed: number;
  policies: Map<string, number>;
  refusals: Map<string, number>;
}

/** One case of the property: a generated world, its random questions and which grant it sweeps. */
export type AgreementCase = [generated: { world: World; acting: number[] }, picks: QuestionPick[], sweep: number];

export interface AgreementResult {
  /** The report of the (smallest found) disagreement, or null when Cedar agreed everywhere. */
  report: string | null;
  counterexample: AgreementCase | null;
  seed: number;
  shrinks: number;
  stats: AgreementStats;
}

/**
 * Random questions per world, besides the sweeps of one grant and one role assignment (about 12 more): each
 * is a Cedar call of about half a millisecond on a quiet core (most of it Cedar parsing the entities against
 * the schema).
 */
export const QUESTIONS = 16;
/** Every how many questions the slice's answer is checked against all entities' (each costs a full call). */
const FULL_EVERY = 16;
/**
 * Shrinking re-runs whole worlds: after this many attempts it stops looking for a smaller one and the
 * smallest found so far is reported (a failure otherwise shrinks for minutes on two cores).
 */
const SHRINK_BUDGET = 400;

/**
 * Requests of one shape (principal, action, resource and acting account types, the context's attributes) are
 * checked against the schema the first time in a process, then not again: every request comes from
 * `cedarRequests` with the same value types, and that check is a third of a call.
 */
const validatedShapes = new Set<string>();
function firstOfShape(r: CedarRequest): boolean {
  const shape = `${r.principal.type} ${r.action.id} ${r.resource.type} ${r.context.acting.__entity.type} ${Object.keys(r.context).sort().join()}`;
  if (validatedShapes.has(shape)) return false;
  validatedShapes.add(shape);
  return true;
}

const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

class WorldCheck {
  private readonly store: EntityStore;
  /** Cedar's answers in this world by request and principal: a repeated question is not asked again. */
  private readonly asked = new Map<string, CedarAnswer>();

  constructor(
    private readonly cedar: CedarAuthorizer,
    private readonly entities: CedarEntity[],
    private readonly stats: AgreementStats,
  ) {
    this.store = new EntityStore(entities);
  }

  /** Cedar on the entities a gateway would send with the request; now and then also on all of them. */
  ask(q: Question): { answers: CedarAnswer[]; sliceAgrees: boolean } {
    const answers: CedarAnswer[] = [];
    let sliceAgrees = true;
    // An account asked as such has no token record: its (master, never-expiring) token comes with the request.
    const principal = tokenEntity(q.p.token);
    for (const r of cedarRequests(q.p, q.req)) {
      const key = JSON.stringify([r, principal]);
      const known = this.asked.get(key);
      const sliced = known ?? this.cedar.authorize(r, this.store.slice(r, principal), { validateRequest: firstOfShape(r) });
      if (!known) this.stats.cedarCalls++;
      this.asked.set(key, sliced);
      if (this.stats.questions % FULL_EVERY === 0) {
        const all = this.store.get(principal.uid) ? this.entities : [...this.entities, principal];
        this.stats.cedarCalls++;
        if (this.cedar.authorize(r, all).allowed !== sliced.allowed) sliceAgrees = false;
      }
      answers.push(sliced);
    }
    return { answers, sliceAgrees };
  }
}

/** The first disagreement in a world (its report), or null. */
function checkWorld(
  cedar: CedarAuthorizer,
  plant: Plant,
  stats: AgreementStats,
  world: World,
  suggested: number[],
  picks: readonly QuestionPick[],
  sweep: number,
): string | null {
  const ix = buildAccessIndex(world);
  const exported = exportCedar(world, { asOf: GEN_NOW }).entities;
  const w = new WorldCheck(cedar, plant.entities ? plant.entities(exported) : exported, stats);
  stats.worlds++;
  const random = picks.map((pick) => questionOf(world, suggested, pick, (p, type) => ix.visibleIds(p, type)));
  for (const q of [...random, ...sweepQuestions(world, sweep), ...roleSweepQuestions(world, sweep)]) {
    const module: Decision = ix.decide(q.p, q.req);
    const { answers, sliceAgrees } = w.ask(q);
    stats.questions++;
    if (module.allowed) stats.allowed++;
    else bump(stats.refusals, module.refusal?.code ?? '?');
    for (const a of answers) if (a.allowed) for (const id of a.reasons) bump(stats.policies, id);
    if (answers.some((a) => a.allowed) !== module.allowed || !sliceAgrees) return describeMismatch(world, q, module, answers, sliceAgrees);
  }
  return null;
}

const newStats = (): AgreementStats => ({ worlds: 0, questions: 0, cedarCalls: 0, allowed: 0, policies: new Map(), refusals: new Map() });
const authorizers = new Map<Plant['schema'], CedarAuthorizer>();
/** Cedar with the schema, planted or not, parsed once. */
function authorizer(plant: Plant): CedarAuthorizer {
  const known = authorizers.get(plant.schema);
  if (known) return known;
  const made = new CedarAuthorizer(policyRecord(), plant.schema ? plant.schema(cedarSchema()) : cedarSchema());
  authorizers.set(plant.schema, made);
  return made;
}

/** One case again, with or without a plant: its disagreement report, or null. */
export function recheck([{ world, acting }, picks, sweep]: AgreementCase, plant: Plant = {}): string | null {
  return checkWorld(authorizer(plant), plant, newStats(), world, acting, picks, sweep);
}

export function runAgreement(run: AgreementRun): AgreementResult {
  const plant = run.plant ?? {};
  const cedar = authorizer(plant);
  const stats = newStats();
  let report: string | null = null;
  let afterFailure = 0;
  const picks = fc.array(questionArb, { minLength: run.questions ?? QUESTIONS, maxLength: run.questions ?? QUESTIONS });
  const details = fc.check(
    fc.property(decisiveWorldArb, picks, fc.nat(20), ({ world, acting }, questions, sweep) => {
      if (report !== null && ++afterFailure > SHRINK_BUDGET) return true;
      const found = checkWorld(cedar, plant, stats, world, acting, questions, sweep);
      if (found !== null) report = found;
      return found === null;
    }),
    { numRuns: run.runs, seed: run.seed, endOnFailure: run.endOnFailure ?? false },
  );
  if (details.failed && report === null) throw new Error(`the property failed without a report: ${String(details.errorInstance)}`);
  return { report: details.failed ? report : null, counterexample: details.counterexample, seed: details.seed, shrinks: details.numShrinks, stats };
}
