/**
 * The differential test can fail (issue 23): the same property, with one level of the model altered in what
 * Cedar is given, finds a disagreement on each of a few fixed seeds, on the action the plant changes; the
 * same world and questions agree once the plant is taken out. The seeds fail within the first 7 worlds
 * (measured over seeds 1-10: every one fails within 200 worlds, half within 20).
 */
import { describe, expect, it } from 'vitest';
import { recheck, runAgreement } from './test/agreement';
import type { Plant } from './test/agreement';
import { EDIT_AS_DELETE, EDIT_WITHOUT_LOGS } from './test/plants';

const SEEDS = [1, 8, 9];

const cases: ReadonlyArray<{ name: string; plant: Plant; action: RegExp }> = [
  { name: 'the grant level edit exported as delete', plant: EDIT_AS_DELETE, action: /"action":"(update|logs|delete)"/ },
  { name: 'the level edit without logs', plant: EDIT_WITHOUT_LOGS, action: /"action":"logs"/ },
];

describe('a planted difference fails the differential test', () => {
  for (const { name, plant, action } of cases)
    it.each(SEEDS)(`${name} (seed %i)`, (seed) => {
      const run = runAgreement({ runs: 200, seed, plant, endOnFailure: true });
      expect(run.report).toMatch(/^Cedar and the permission module disagree\./);
      expect(run.report?.split('\n')[1]).toMatch(action);
      expect(run.stats.worlds).toBeLessThan(20);
      if (!run.counterexample) throw new Error('a failed run has a counterexample');
      expect(recheck(run.counterexample, plant)).not.toBeNull();
      expect(recheck(run.counterexample)).toBeNull();
    });
});
