import { defineConfig } from '@playwright/test';
import { fullChromiumPath, chromiumArgs } from './scripts/chromium.mjs';
// @ts-expect-error plain ESM helper shared with the scripts
import { previewServer } from './scripts/previewServer.mjs';

// `npm run bench:ui`: UI timings on the large world (bench/ui/*.bench.ts), against the built app, in the full
// browser (what users run). Not part of `npm test` (times are not deterministic). PW_PORT / PW_DIST as in playwright.config.ts.
const { baseURL, webServer } = await previewServer();

export default defineConfig({
  testDir: './bench/ui',
  testMatch: '**/*.bench.ts',
  workers: 1,
  retries: 0,
  timeout: 15 * 60_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL,
    headless: true,
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: fullChromiumPath ?? undefined, args: chromiumArgs },
  },
  webServer,
});
