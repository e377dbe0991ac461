/** Timing helpers: medians of repeated runs, and a markdown table. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Runs `fn` `reps` times (after `warmup` runs, so the JIT has settled) and returns the median in ms and the last result. */
export function time<T>(reps: number, fn: () => T, warmup = 3): { ms: number; result: T } {
  let result = fn();
  for (let i = 1; i < warmup; i++) result = fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  if (process.env.BENCH_DEBUG) console.log(times.map((t) => t.toFixed(2)).join(' '));
  return { ms: median(times), result };
}

export const fmt = (ms: number): string => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
export const ratio = (x: number, ours: number): string => `${(x / ours).toFixed(x / ours < 10 ? 1 : 0)}×`;

export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
