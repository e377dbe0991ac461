/**
 * The fuzzer's loop, over HTTP against a running server, from its OpenAPI document alone: for every
 * operation and every persona, `perOperation` generated (and mostly mutated) requests; every answer
 * checked against the document. Reports figures; deciding pass or fail is the caller's.
 */
import fc from 'fast-check';
import { answerChecker } from './answerCheck';
import { readOperations } from './fuzzDocument';
import type { FuzzOperation } from './fuzzDocument';
import { requestArb } from './requestArb';
import { sendRequest } from './sendRequest';
import type { SentAnswer } from './sendRequest';
import type { FuzzRequest } from './requestArb';

export interface FuzzPersona {
  id: string;
  /** null: no Authorization header. */
  key: string | null;
}

export interface FuzzOptions {
  baseUrl: string;
  personas: readonly FuzzPersona[];
  perOperation: number;
  seed: number;
  /** Called before each operation × persona batch, so a destructive request does not starve the rest. */
  resetWorld: () => Promise<void>;
  /** Milliseconds one request may take before it counts as a hang. */
  timeoutMs?: number;
}

export interface Finding {
  operation: string;
  persona: string;
  mutation: string;
  request: string;
  status: number | null;
  problem: string;
}

export interface FuzzFigures {
  seed: number;
  operations: number;
  personas: number;
  requests: number;
  statuses: Record<string, number>;
  mutations: Record<string, number>;
  /** 5xx answers. */
  serverErrors: Finding[];
  /** Answers with an undocumented status or a body that breaks the document. */
  violations: Finding[];
  /** No answer at all: the connection failed or the request timed out. */
  noAnswer: Finding[];
  durationMs: number;
}

const bump = (m: Record<string, number>, k: string) => {
  m[k] = (m[k] ?? 0) + 1;
};

/** Ids and account ids seen in answers, to aim later requests at records that exist. */
function harvest(v: unknown, pool: Set<number>, depth = 0): void {
  if (depth > 6 || pool.size > 2000 || typeof v !== 'object' || v === null) return;
  if (Array.isArray(v)) for (const x of v.slice(0, 50)) harvest(x, pool, depth + 1);
  else
    for (const [k, x] of Object.entries(v)) {
      if ((k === 'id' || k === 'cid' || k.endsWith('_id') || k === 'subject_cid') && typeof x === 'number' && Number.isSafeInteger(x)) pool.add(x);
      else harvest(x, pool, depth + 1);
    }
}

const describe = (r: FuzzRequest): string => `${r.method} ${r.target.slice(0, 160)}${r.body === null ? '' : ` body ${r.body.slice(0, 160)}`}`;

/** A stable number per operation and persona, so each batch draws its own requests from the run's seed. */
const batchSeed = (seed: number, text: string): number => [...text].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, seed >>> 0) | 0;

export async function runFuzz(options: FuzzOptions): Promise<FuzzFigures> {
  const started = Date.now();
  const docAnswer = await fetch(`${options.baseUrl}/openapi.json`);
  const operations: FuzzOperation[] = readOperations((await docAnswer.json()) as Record<string, unknown>);
  const check = answerChecker();
  const pool = new Set<number>();
  const figures: FuzzFigures = {
    seed: options.seed,
    operations: operations.length,
    personas: options.personas.length,
    requests: 0,
    statuses: {},
    mutations: {},
    serverErrors: [],
    violations: [],
    noAnswer: [],
    durationMs: 0,
  };
  const ctx = { pool: () => [...pool] };
  for (const op of operations) {
    for (const persona of op.open ? [{ id: 'anyone', key: null }] : options.personas) {
      await options.resetWorld();
      const name = `${op.method} ${op.path}`;
      const requests = fc.sample(requestArb(op, persona.key, ctx), { numRuns: options.perOperation, seed: batchSeed(options.seed, `${name} ${persona.id}`) });
      for (const request of requests) {
        figures.requests++;
        bump(figures.mutations, request.mutation);
        const finding = (status: number | null, problem: string): Finding => ({
          operation: name,
          persona: persona.id,
          mutation: request.mutation,
          request: describe(request),
          status,
          problem,
        });
        let answer: SentAnswer;
        try {
          answer = await sendRequest(options.baseUrl, request, options.timeoutMs ?? 10_000);
        } catch (error) {
          bump(figures.statuses, 'none');
          figures.noAnswer.push(finding(null, String(error)));
          continue;
        }
        const text = answer.text;
        bump(figures.statuses, String(answer.status));
        if (answer.status >= 500) figures.serverErrors.push(finding(answer.status, text.slice(0, 200)));
        const problem = check(op, answer.status, answer.contentType, text);
        if (problem) figures.violations.push(finding(answer.status, problem.problem));
        else if (answer.status === 200) harvest(JSON.parse(text), pool);
      }
    }
  }
  figures.durationMs = Date.now() - started;
  return figures;
}
