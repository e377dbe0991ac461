// `npm run test:e2e:flespi`: the built panel against the flespi-only server (issue 17). Picks a free port for
// the API, builds the panel with VITE_API_BASE pointing at it into dist-flespi, runs playwright.flespi.config.ts.
import { execSync } from 'node:child_process';
import { freePort } from './previewServer.mjs';

const port = process.env.FLESPI_API_PORT ?? String(await freePort());
const env = { ...process.env, FLESPI_API_PORT: port };
execSync('npx vite build --outDir dist-flespi --emptyOutDir --logLevel warn', { stdio: 'inherit', env: { ...env, VITE_API_BASE: `http://localhost:${port}` } });
execSync(`npx playwright test --config playwright.flespi.config.ts ${process.argv.slice(2).join(' ')}`, { stdio: 'inherit', env });
