import { defineConfig } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the scripts
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

// PW_PORT / PW_DIST let several builds be tested side by side (e.g. `vite build --outDir dist-x`).
const port = Number(process.env.PW_PORT ?? 4173);
const outDir = process.env.PW_DIST ?? 'dist';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: Number(process.env.PW_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  // a new tab boots the mock worker and reads the stored world: slow on a loaded 2-core CI machine
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath ?? undefined, args: chromiumArgs },
  },
  webServer: {
    // The built app (npm test builds first) served by vite preview: close to production, fast to start.
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
