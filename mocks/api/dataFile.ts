/**
 * `npm run api`'s data file (API_DATA_FILE): read at start, an older version migrated. A file that cannot be
 * read (not JSON, damaged, or from a newer release) is renamed aside, never written over, and the server
 * starts from a fresh world.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { migrateState } from '../db/migrations';
import type { StoredState } from '../db/store';

export interface DataFile {
  state: StoredState | null;
  /** Where an unreadable file was moved, if it was. */
  keptAs: string | null;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

export function loadDataFile(path: string, now = new Date()): DataFile {
  if (!existsSync(path)) return { state: null, keptAs: null };
  const state = migrateState(readJson(path));
  if (state) return { state, keptAs: null };
  const keptAs = `${path}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}`;
  renameSync(path, keptAs);
  return { state: null, keptAs };
}
