/** The mock's stored state for a generated large world, built in steps so that a page can show progress. */
import { largeWorldSteps } from './largeWorld';
import type { LargeWorldOptions } from './largeWorld';
import { keepRootTokenUsable } from './largePersonas';
import { STORE_VERSION } from './store';
import type { StoredState } from './store';

export type Progress = (fraction: number) => void;

/** Lets the page paint (and stay responsive) between steps. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function buildLargeState(seed: number, onProgress: Progress = () => undefined, opts: LargeWorldOptions = {}): Promise<StoredState> {
  const now = opts.now ?? Math.floor(Date.now() / 1000);
  const steps = largeWorldSteps(seed, { ...opts, now });
  onProgress(0);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      keepRootTokenUsable(step.value, now);
      onProgress(1);
      return { version: STORE_VERSION, world: step.value, logs: [], revs: {}, source: { kind: 'large', seed }, pristine: true };
    }
    onProgress(step.value);
    await pause();
  }
}
