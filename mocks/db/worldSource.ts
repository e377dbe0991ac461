/** Which world the mock backend serves: the hand-made demo world or a generated large one (by seed). */
export type WorldSource = { kind: 'demo' } | { kind: 'large'; seed: number };

export const DEFAULT_LARGE_SEED = 1;

export const sameSource = (a: WorldSource, b: WorldSource): boolean => a.kind === b.kind && (a.kind === 'demo' || (b.kind === 'large' && a.seed === b.seed));

/**
 * The world asked for in a URL's query: `world=large` (optional `seed=<0..2^32-1>`) or `world=demo`;
 * null when the query asks for none (or for something unknown).
 */
export function requestedSource(search: string): WorldSource | null {
  const q = new URLSearchParams(search);
  const world = q.get('world');
  if (world === 'demo') return { kind: 'demo' };
  if (world !== 'large') return null;
  const raw = q.get('seed');
  const seed = raw !== null && /^\d{1,10}$/.test(raw) && Number(raw) <= 0xffffffff ? Number(raw) : DEFAULT_LARGE_SEED;
  return { kind: 'large', seed };
}
