import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// react-router 7 points every export condition at its development build (remix-run/react-router#12532, #14753:
// "intended to be temporary"); the production build it ships beside it has no dev warnings and is smaller.
const routerDist = join(dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist/production');

export default defineConfig(({ command }) => ({
  plugins: [react()],
  server: { port: 5173, strictPort: true, host: 'localhost' },
  preview: { port: 4173, strictPort: true, host: 'localhost' },
  resolve:
    command === 'build'
      ? {
          alias: [
            { find: /^react-router$/, replacement: join(routerDist, 'index.mjs') },
            { find: /^react-router\/dom$/, replacement: join(routerDist, 'dom-export.mjs') },
          ],
        }
      : {},
  // The mock backend's worker (mocks/worker) splits into chunks like the page: ES module workers.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // dist/.vite/manifest.json: scripts/check-size.mjs measures the login route's initial JS from it.
    manifest: true,
  },
}));
