import { defineConfig } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the scripts
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

const port = 4173;

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath ?? undefined, args: chromiumArgs },
  },
  webServer: {
    // The built app (npm test builds first) served by vite preview: close to production, fast to start.
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
