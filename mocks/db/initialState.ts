import { buildDemoWorld } from './demo/demoWorld';
import { STORE_VERSION } from './store';
import type { StoredState } from './store';

export const demoState = (now = Math.floor(Date.now() / 1000)): StoredState => ({
  version: STORE_VERSION,
  world: buildDemoWorld(now),
  logs: [],
  revs: {},
});

/** A stored state is usable when its version is current and its shape holds the world's collections. */
export const isUsableState = (v: unknown): v is StoredState => hasStateShape(v) && v.version === STORE_VERSION;

/** The shape every stored version has had (a state's collections, its log, its id counters), whatever its version. */
export function hasStateShape(v: unknown): v is StoredState {
  if (!v || typeof v !== 'object') return false;
  const s = v as Partial<StoredState>;
  const w = s.world;
  return (
    typeof s.version === 'number' &&
    !!w &&
    Array.isArray(w.accounts) &&
    Array.isArray(w.tokens) &&
    Array.isArray(w.grants) &&
    Array.isArray(w.roles) &&
    Array.isArray(w.roleAssignments) &&
    !!w.instances &&
    Array.isArray(s.logs) &&
    (s.lastIds === undefined || (typeof s.lastIds === 'object' && s.lastIds !== null && !Array.isArray(s.lastIds)))
  );
}
