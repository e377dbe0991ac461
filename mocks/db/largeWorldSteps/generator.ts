/** The random source and progress count every step of the large world shares, so the steps draw one sequence. */

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const YIELD_EVERY = 5000;

export interface LargeWorldGen {
  rand: () => number;
  int: (n: number) => number;
  pickOf: <T>(xs: readonly T[]) => T | undefined;
  /** Reference time for expiries. */
  now: number;
  /** Any account of the world. */
  randomCid: () => number;
  /** Counts `n` units of work; true when it is time to yield. */
  worked: (n?: number) => boolean;
  /** The share of the work done so far (0..1). */
  progress: () => number;
}

export function largeWorldGen(seed: number, now: number, nAccounts: number, total: number): LargeWorldGen {
  const rand = rng(seed);
  const int = (n: number): number => Math.floor(rand() * n);
  let done = 0;
  let sinceYield = 0;
  return {
    rand,
    int,
    pickOf: <T>(xs: readonly T[]): T | undefined => xs[int(xs.length)],
    now,
    randomCid: () => 1 + int(nAccounts),
    worked: (n = 1) => {
      done += n;
      sinceYield += n;
      if (sinceYield < YIELD_EVERY) return false;
      sinceYield = 0;
      return true;
    },
    progress: () => Math.min(1, done / total),
  };
}
