/**
 * `npm run api` keeps its world in API_DATA_FILE: every change is written (atomically) before its answer.
 * A write that fails undoes the change in memory too, so the world served stays the one the file holds,
 * and the request answers 503 saying so: never a 200 for a change a restart would forget.
 */
import { HttpError } from '../http/httpError';
import type { Store, StoredState } from '../db/store';
import { writeFileAtomic } from './writeFileAtomic';

export function keepInDataFile(store: Store, file: string, write: (file: string, text: string) => void = writeFileAtomic): () => void {
  let written: StoredState = store.snapshot();
  let failure: HttpError | null = null;
  const unsubscribe = store.subscribe((event) => {
    const { state } = event;
    try {
      write(file, JSON.stringify(state));
      written = state;
    } catch (error) {
      console.error(`Could not write ${file}:`, error);
      store.replace(written, false);
      // A token's use (no log) is no change of the user's: its time stamp is simply not kept.
      if (event.kind === 'change' && event.change.logs.length === 0) return;
      const why = error instanceof Error ? error.message : String(error);
      failure = new HttpError(
        503,
        `The change could not be written to the data file (${why}), so it was undone: nothing changed. Try again once the file can be written.`,
      );
    }
  });
  store.setDurability(() => {
    const f = failure;
    failure = null;
    return f ? Promise.reject(f) : Promise.resolve();
  });
  return () => {
    unsubscribe();
    store.setDurability(() => Promise.resolve());
  };
}
