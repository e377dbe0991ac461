import { defineConfig } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the scripts
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

// `npm run bench:ui`: UI timings on the large world (bench/ui/*.bench.ts), against the built app.
// Not part of `npm test` (times are not deterministic). PW_PORT / PW_DIST as in playwright.config.ts.
const port = Number(process.env.PW_PORT ?? 4173);
const outDir = process.env.PW_DIST ?? 'dist';

export default defineConfig({
  testDir: './bench/ui',
  testMatch: '**/*.bench.ts',
  workers: 1,
  retries: 0,
  timeout: 15 * 60_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    headless: true,
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: chromiumPath ?? undefined, args: chromiumArgs },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
