/**
 * The built panel against the flespi-only server (`API_DIALECT=flespi npm run api`, issue 17): run by
 * `npm run test:e2e:flespi` (scripts/test-flespi.mjs), which picks the API's port, builds the panel with
 * `VITE_API_BASE` pointing at it into dist-flespi, and passes the port in FLESPI_API_PORT.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { sharedConfig } from './e2e/playwrightShared';
// @ts-expect-error plain ESM helper shared with the scripts
import { previewServer } from './scripts/previewServer.mjs';

const apiPort = process.env.FLESPI_API_PORT;
if (!apiPort) throw new Error('FLESPI_API_PORT is not set: run `npm run test:e2e:flespi`.');
process.env.PW_DIST = 'dist-flespi';
const { baseURL, webServer } = await previewServer();
// A fresh world per run (the workers load this file again: they inherit the folder made by the runner).
process.env.FLESPI_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'flespi-e2e-'));

export default defineConfig({
  testDir: './e2e/flespi',
  testMatch: '**/*.spec.ts',
  // One world for the suite: the specs change it, so they run one after the other.
  workers: 1,
  ...sharedConfig(baseURL),
  webServer: [
    {
      command: `npx tsx mocks/server.ts`,
      env: { API_DIALECT: 'flespi', PORT: apiPort, API_DATA_FILE: join(process.env.FLESPI_DATA_DIR, 'world.json') },
      url: `http://localhost:${apiPort}/auth/info`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    webServer,
  ],
});
