import { defineConfig } from '@playwright/test';
import { sharedConfig } from './e2e/playwrightShared';
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
  ...sharedConfig(baseURL),
  webServer,
});
