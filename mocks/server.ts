/**
 * `npm run api`: the mock backend's handlers as a real HTTP server on localhost, for curl or any client.
 * The world lives in memory (demo world at start, or API_WORLD=large); set API_DATA_FILE to keep it in a JSON file.
 * The HTTP layer is Hono's Node server (`mocks/api/`), delegating to the same MSW handlers as the browser mock.
 */
import { loadDataFile } from './api/dataFile';
import { startApiServer } from './api/startApiServer';
import { keepInDataFile } from './api/dataFileWrites';
import { installStore } from './db/backend';
import { PERSONAS } from './db/demo/personas';
import { demoState } from './db/initialState';
import { buildLargeState } from './db/largeState';
import { Store } from './db/store';

const port = Number(process.env.PORT ?? 8787);
const file = process.env.API_DATA_FILE;

const saved = file ? loadDataFile(file) : null;
if (saved?.keptAs) console.warn(`${file} could not be read; it was kept as ${saved.keptAs} and a fresh world started.`);
// API_WORLD=large (API_SEED=<n>, default 1): the large world instead of the demo world.
const fresh = process.env.API_WORLD === 'large' ? await buildLargeState(Number(process.env.API_SEED ?? 1)) : demoState();
const store = installStore(new Store(saved?.state ?? fresh));
if (file) keepInDataFile(store, file);

// API_DIALECT=flespi: only what flespi's API description has (no roles, no /platform/access, no /mock, no paging).
const flespiOnly = process.env.API_DIALECT === 'flespi';
const api = await startApiServer({ port, flespiOnly });
const admin = PERSONAS.find((p) => p.id === 'acme-admin');
console.log(`Mock flespi-dialect API on ${api.url}${flespiOnly ? ' (flespi only: no extensions, no paging)' : ''}`);
// The large world's root admin holds token 1 (its key follows from the seed).
const key = process.env.API_WORLD === 'large' ? store.world.tokens[0]?.key : admin?.key;
console.log(`Try: curl -H "Authorization: FlespiToken ${key ?? '<key>'}" "${api.url}/gw/devices/all?limit=5"`);
