/**
 * `npm run fuzz`: fuzzes `npm run api` from its OpenAPI document and prints the figures. Exits 1 on any
 * 5xx, any answer that breaks the document, a request without an answer, poisoned globals, or a dead server.
 * FUZZ_RUNS (requests per operation and persona, default 20) and FUZZ_SEED (default: a new one) choose the budget and the run.
 */
import { fuzzApi } from './fuzzApi';
import { fuzzSummary, fuzzVerdict } from './fuzzSummary';

const perOperation = Number(process.env.FUZZ_RUNS ?? 20);
// A new seed each run unless FUZZ_SEED is set (the summary prints it, to replay a run).
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

const report = await fuzzApi({ perOperation, seed });
console.log(fuzzSummary(report));
const problems = fuzzVerdict(report);
for (const p of problems) console.error(`FAIL: ${p}`);
process.exit(problems.length ? 1 : 0);
