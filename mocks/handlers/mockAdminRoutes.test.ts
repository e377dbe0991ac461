/**
 * Every `/mock/*` route (reset, export, import, kept worlds, and any added later: they are read from the handlers'
 * own table) answers only the root account's master token acting as the root. The leak harness leaves these routes
 * out (they are the world's backup by design), so this is where their gate is proven: every other caller is
 * refused, and a refused call changes neither the world nor the kept worlds.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getStore } from '../db/backend';
import { installMemoryShelf, keep } from './test/memoryShelf';
import type { MemoryShelf } from './test/memoryShelf';
import { personaKey } from '../db/demo/personas';
import type { Persona } from '../db/demo/personas';
import { handlers } from './index';
import { resetMockWorld, server } from '../node';

const BASE = 'http://api.test';
const NORTHWIND = 1004;
const KEY = 'kept-1700000000000';

const mockRoutes = handlers
  .map((h) => h.info as { method?: unknown; path?: unknown })
  .filter((i): i is { method: string; path: string } => typeof i.method === 'string' && typeof i.path === 'string')
  .map((i) => ({ method: i.method, path: i.path.replace(/^\*/, '') }))
  .filter((r) => r.path.startsWith('/mock/'));

const concrete = (path: string): string => path.replace(/:[a-zA-Z]+/g, KEY);

interface Caller {
  label: string;
  persona?: Persona['id'];
  acting?: number;
}
const REFUSED: Caller[] = [
  { label: 'no token' },
  ...(['northwind-ops', 'dana', 'toolbox-link', 'trackit-link', 'old-token'] as const).map((persona) => ({ label: persona, persona })),
  { label: 'the root master token acting as Northwind', persona: 'acme-admin', acting: NORTHWIND },
];

/** The world as a refusal must leave it: a token's last use (`accessed`) moves on every call it makes, refused or not. */
const worldState = () => JSON.stringify(getStore().snapshot(), (k, v: unknown) => (k === 'accessed' ? undefined : v));

let shelf: MemoryShelf = new Map();
const shelfState = () => JSON.stringify([...shelf.keys()]);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  shelf = installMemoryShelf();
});
afterAll(() => server.close());
beforeEach(() => {
  resetMockWorld();
  shelf.clear();
  const value = { state: getStore().snapshot(), journal: [] };
  keep(shelf, KEY, value);
});

describe('/mock/* routes, read from the handlers', () => {
  it('are all found (reset, export, import and the kept worlds at least)', () => {
    const names = mockRoutes.map((r) => `${r.method} ${r.path}`);
    for (const expected of ['POST /mock/reset', 'GET /mock/export', 'POST /mock/import', 'GET /mock/kept', 'DELETE /mock/kept/:key'])
      expect(names).toContain(expected);
  });

  for (const caller of REFUSED)
    it(`refuse ${caller.label}, and a refused call changes nothing`, async () => {
      for (const route of mockRoutes) {
        const world = worldState();
        const kept = shelfState();
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (caller.persona) headers.authorization = `FlespiToken ${personaKey(caller.persona)}`;
        if (caller.acting) headers['x-flespi-cid'] = String(caller.acting);
        const body = route.method === 'POST' ? JSON.stringify(getStore().snapshot()) : undefined;
        const res = await fetch(`${BASE}${concrete(route.path)}`, { method: route.method, headers, body });
        expect([401, 403], `${route.method} ${route.path} as ${caller.label}`).toContain(res.status);
        expect(JSON.stringify(await res.json()), `${route.method} ${route.path} as ${caller.label}`).not.toContain('"result"');
        expect(worldState(), `${route.method} ${route.path} changed the world`).toBe(world);
        expect(shelfState(), `${route.method} ${route.path} changed the kept worlds`).toBe(kept);
      }
    });

  it('answer the root master token acting as the root (the gate is not simply closed)', async () => {
    const headers = { authorization: `FlespiToken ${personaKey('acme-admin')}` };
    for (const route of mockRoutes.filter((r) => r.method === 'GET')) {
      const res = await fetch(`${BASE}${concrete(route.path)}`, { headers });
      expect(res.status, `${route.method} ${route.path}`).toBe(200);
    }
  });
});
