/**
 * What both end-to-end suites share (playwright.config.ts: the panel on its own backend; playwright.flespi.config.ts:
 * against the flespi-only server): no retries, the time limits, the reporters and how the browser runs.
 */
import type { PlaywrightTestConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from '../scripts/chromium.mjs';

export const sharedConfig = (baseURL: string) =>
  ({
    // No retries: a flaky test is a defect to fix, and a retry would hide it.
    retries: 0,
    // The slowest test takes about 11 s here (README, "Tests"): three times that and more, for slower machines.
    timeout: 40_000,
    expect: { timeout: 10_000 },
    // Paths are the configs' own (both sit at the project's root).
    reporter: [['list'], ['./e2e/durationReporter.ts']],
    use: {
      baseURL,
      headless: true,
      // The panel honours reduced motion (no transitions), so no step waits for an animation to settle.
      reducedMotion: 'reduce',
      // Recording a trace costs about a third of a test's time; rerun a failing test with --trace=on to get one.
      trace: 'off',
      screenshot: 'only-on-failure',
      launchOptions: { executablePath: chromiumPath ?? undefined, args: chromiumArgs },
    },
  }) satisfies PlaywrightTestConfig;
