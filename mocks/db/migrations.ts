/**
 * Stored worlds of every version since 1 are brought up to the current one, step by step, so an upgrade never
 * replaces a user's world. Add a step (version n → n+1) whenever `STORE_VERSION` moves, with a saved world of
 * version n in `fixtures/` for its test. A value no step can read (damaged, or from a newer release) is null:
 * the caller keeps it aside, never overwrites it.
 */
import type { Change } from './change';
import { hasStateShape } from './initialState';
import { STORE_VERSION } from './store';
import type { StoredState } from './store';

type Plain = Record<string, unknown>;

export interface Step {
  /** A state of version n as one of version n + 1 (the version field is set by the chain). */
  state: (state: Plain) => Plain;
  /**
   * A journal entry of version n as one of n + 1, where the step changes the shape of records: needed to
   * replay an old journal over a generated world rebuilt by the current code. Absent: entries are unchanged.
   */
  change?: (change: Plain) => Plain;
}

export interface Migrations {
  /** `steps[n]` turns version n into n + 1. Version 1 is the first stored shape. */
  steps: Record<number, Step>;
  current: number;
}

export const MIGRATIONS: Migrations = { steps: {}, current: STORE_VERSION };

/** Runs `steps` from `from` up to `current`; null when a step is missing or the version is not one we know. */
function chain(value: Plain, from: unknown, m: Migrations, pick: (s: Step) => ((v: Plain) => Plain) | undefined): Plain | null {
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1 || from > m.current) return null;
  let out = value;
  for (let v = from; v < m.current; v++) {
    const step = m.steps[v];
    if (!step) return null;
    out = { ...(pick(step) ?? ((x: Plain) => x))(out), version: v + 1 };
  }
  return out;
}

export function migrateState(raw: unknown, m: Migrations = MIGRATIONS): StoredState | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const state = raw as Plain;
  const out = chain(state, state['version'], m, (s) => s.state);
  return out && out['version'] === m.current && hasStateShape(out) ? out : null;
}

/** A journal entry brought from its version up to `m.current`; null when no chain leads there. */
export const migrateChange = (c: Change, m: Migrations = MIGRATIONS): Change | null =>
  chain(c as unknown as Plain, c.version, m, (s) => s.change) as Change | null;
