/**
 * Stored worlds of every version since 1 are brought up to the current one, step by step, so an upgrade never
 * replaces a user's world. Add a step (version n → n+1) whenever `STORE_VERSION` moves, with a saved world of
 * version n in `fixtures/` for its test. A value no step can read (damaged, or from a newer release) is null:
 * the caller keeps it aside, never overwrites it.
 */
import { isUsableState } from './initialState';
import { STORE_VERSION } from './store';
import type { StoredState } from './store';

type Step = (state: Record<string, unknown>) => Record<string, unknown>;

/** `STEPS[n]` turns a state of version n into one of version n + 1. Version 1 is the first stored shape. */
const STEPS: Record<number, Step> = {};

export function migrateState(raw: unknown): StoredState | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  let state = raw as Record<string, unknown>;
  let version = state['version'];
  while (typeof version === 'number' && Number.isInteger(version) && version >= 1 && version < STORE_VERSION) {
    const step = STEPS[version];
    if (!step) return null;
    state = { ...step(state), version: version + 1 };
    version = state['version'];
  }
  return isUsableState(state) ? state : null;
}
