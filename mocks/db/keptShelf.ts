/**
 * Values the backend kept aside instead of writing over them (issue 21): a stored world it could not read,
 * or one with changes set aside when another world was asked for. The Demo data dialog lists them
 * (`/mock/kept`), downloads and deletes them; Import world brings a downloaded one back.
 */
export interface KeptEntry {
  key: string;
  /** When it was kept (ms since the epoch). */
  at: number;
  /** Its size as a JSON file (characters). */
  size: number;
  why: string;
}

export interface KeptShelf {
  list(): Promise<KeptEntry[]>;
  /** The kept value (`{state, journal}`), undefined when there is none under `key`. */
  read(key: string): Promise<unknown>;
  /** False when there was none under `key`. */
  remove(key: string): Promise<boolean>;
}

/** Where nothing is kept (`npm run api` keeps an unreadable data file beside it, as a file). */
export const EMPTY_SHELF: KeptShelf = {
  list: () => Promise.resolve([]),
  read: () => Promise.resolve(undefined),
  remove: () => Promise.resolve(false),
};
