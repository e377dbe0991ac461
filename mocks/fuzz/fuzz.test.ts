/**
 * A short budget of `npm run fuzz` (one request per operation and persona, about 700): no 5xx, no answer
 * that breaks the OpenAPI document, none missing, no poisoned globals, the server alive at the end.
 */
import { describe, expect, it, vi } from 'vitest';
import { fuzzApi } from './fuzzApi';
import { fuzzSummary, fuzzVerdict } from './fuzzSummary';

describe('npm run fuzz, short budget', () => {
  it('drives every operation as every persona without a server error or an answer outside the document', async () => {
    // A 500 would be logged by the server: the verdict below names it, the log would only repeat it.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A fixed seed keeps npm test repeatable; npm run fuzz draws a new one each run.
    const report = await fuzzApi({ perOperation: Number(process.env.FUZZ_RUNS ?? 1), seed: Number(process.env.FUZZ_SEED ?? 1), ignoredGlobals: /^__vitest/ });
    expect(report.figures.operations).toBeGreaterThan(90);
    expect(fuzzVerdict(report), fuzzSummary(report)).toEqual([]);
  }, 60_000);
});
