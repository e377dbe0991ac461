import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
// @ts-expect-error plain ESM helper shared with the scripts
import { previewServer } from './scripts/previewServer.mjs';

// PW_PORT / PW_DIST let a build be tested on a chosen port or from another folder (`vite build --outDir dist-x`).
const { baseURL, webServer } = await previewServer();

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // The flespi suite runs against another server and build (playwright.flespi.config.ts).
  testIgnore: '**/flespi/**',
  fullyParallel: true,
  workers: Number(process.env.PW_WORKERS ?? 2),
  // No retries: a flaky test is a defect to fix, and a retry would hide it.
  retries: 0,
  // The slowest test takes about 10 s here (README, "Tests"): three times that and more, for slower machines.
  timeout: 40_000,
  expect: { timeout: 10_000 },
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
  webServer,
});
