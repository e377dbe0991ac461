/**
 * `npm run api`: the mock backend's handlers as a real HTTP server on localhost, for curl or any client.
 * The world lives in memory (demo world at start, or API_WORLD=large); set API_DATA_FILE to keep it in a JSON file.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { getResponse } from 'msw';
import { installStore } from './db/backend';
import { PERSONAS } from './db/demo/personas';
import { demoState, isUsableState } from './db/initialState';
import { buildLargeState } from './db/largeState';
import { Store } from './db/store';
import { handlers } from './handlers';

const port = Number(process.env.PORT ?? 8787);
const file = process.env.API_DATA_FILE;
const saved: unknown = file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
// API_WORLD=large (API_SEED=<n>, default 1): the large world instead of the demo world.
const fresh = process.env.API_WORLD === 'large' ? await buildLargeState(Number(process.env.API_SEED ?? 1)) : demoState();
const store = installStore(new Store(isUsableState(saved) ? saved : fresh));
if (file) store.subscribe((state) => writeFileSync(file, JSON.stringify(state)));

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, x-flespi-cid, if-match',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
};

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS).end();
        return;
      }
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const body = chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
      const request = new Request(`http://localhost:${port}${req.url ?? '/'}`, { method: req.method, headers, body });
      const response = (await getResponse(handlers, request)) ?? Response.json({ errors: [{ code: 404, reason: `No endpoint ${req.method} ${req.url}.` }] }, { status: 404 });
      res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...CORS });
      res.end(Buffer.from(await response.arrayBuffer()));
    })();
  });
}).listen(port, 'localhost', () => {
  const admin = PERSONAS.find((p) => p.id === 'acme-admin');
  console.log(`Mock flespi-dialect API on http://localhost:${port}`);
  // The large world's root admin holds token 1 (its key follows from the seed).
  const key = process.env.API_WORLD === 'large' ? store.world.tokens[0]?.key : admin?.key;
  console.log(`Try: curl -H "Authorization: FlespiToken ${key ?? '<key>'}" "http://localhost:${port}/gw/devices/all?limit=5"`);
});
