/**
 * After the run: how long tests took (median, slowest), so that a run's margin against the timeout shows in
 * every log, CI's included. Durations are of passing tests' final attempts.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class DurationReporter implements Reporter {
  private readonly runs: Array<{ title: string; ms: number }> = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'passed') this.runs.push({ title: `${test.location.file.replace(/.*\/e2e\//, '')} › ${test.title}`, ms: result.duration });
  }

  onEnd(_result: FullResult): void {
    if (this.runs.length === 0) return;
    const sorted = [...this.runs].sort((a, b) => b.ms - a.ms);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const median = sorted[Math.floor(sorted.length / 2)]?.ms ?? 0;
    const lines = sorted.slice(0, 5).map((r) => `  ${s(r.ms).padStart(7)}  ${r.title}`);
    console.log(`\nTest durations: ${this.runs.length} passed, median ${s(median)}, slowest ${s(sorted[0]?.ms ?? 0)}\n${lines.join('\n')}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
