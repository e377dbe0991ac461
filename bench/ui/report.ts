/** The UI benchmark's table: medians per interaction, printed and written to bench/UI-RESULTS.md. */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { median } from './timing';

export interface Row {
  name: string;
  goalMs: number | null;
  /** Timings in ms, or null when the screen is not there yet. */
  runs: number[] | null;
  /** Main-thread tasks over 50 ms during each run (interactions timed in the page only). */
  longTasks?: number[];
  note?: string;
}

const ms = (x: number): string => (x < 10 ? x.toFixed(1) : x.toFixed(0));

export function table(rows: readonly Row[]): string {
  const lines = ['| interaction | median (ms) | runs (ms) | goal | met | tasks > 50 ms (per run) |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    const goal = r.goalMs === null ? '–' : `< ${r.goalMs} ms`;
    if (r.runs === null || r.runs.length === 0) {
      lines.push(`| ${r.name} | n/a | ${r.note ?? 'not built yet'} | ${goal} | – | – |`);
      continue;
    }
    const m = median(r.runs);
    const met = r.goalMs === null ? '–' : m < r.goalMs ? 'yes' : '**no**';
    lines.push(`| ${r.name} | ${ms(m)} | ${r.runs.map(ms).join(', ')} | ${goal} | ${met} | ${r.longTasks ? r.longTasks.join(', ') : '–'} |`);
  }
  return lines.join('\n');
}

/** With a CPU slowdown (BENCH_CPU_SLOWDOWN), the figures go to bench/UI-RESULTS-slowdown.md, the factor in the header. */
export function writeResults(
  rows: readonly Row[],
  context: { chromium: string; seed: number; runs: number; slowdown?: { factor: number; workers: string[] } },
): string {
  const t = table(rows);
  const slow = context.slowdown;
  const slowNote = slow
    ? [
        '',
        `CPU slowdown ×${slow.factor} (BENCH_CPU_SLOWDOWN): Chromium's CPU throttling (CDP \`Emulation.setCPUThrottlingRate\`) on the page from the`,
        `first interaction on (the world's build row is not throttled), and on the workers: ${slow.workers.join('; ') || 'none found'}.`,
      ]
    : [];
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, Chromium ${context.chromium}`;
  const text = [
    '# UI benchmark (large world)',
    '',
    '`npm run bench:ui` (Playwright, headless Chromium, the built app served by `vite preview`; config',
    '`playwright.bench.config.ts`, scenario `bench/ui/largeWorld.bench.ts`). The large world of seed',
    `${context.seed} (1,000 accounts, 100,000 devices, 10,000 of each other type), signed in as its root admin`,
    '(sees everything). Each interaction is timed in the page: from the input event (pointerdown / keydown)',
    `to the DOM showing the result; ${context.runs} runs each after one warm-up, median first. The last column`,
    'counts main-thread tasks over 50 ms during each run (PerformanceObserver `longtask`): the mock backend runs',
    "in a worker, so these are the page's own rendering. The write cost on the large world against the demo",
    'world is measured without a browser, by `npm run bench` (bench/writes.bench.ts).',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine} (shared machine: expect spread).`,
    ...slowNote,
    '',
    t,
    '',
  ].join('\n');
  writeFileSync(slow ? 'bench/UI-RESULTS-slowdown.md' : 'bench/UI-RESULTS.md', text);
  return t;
}
