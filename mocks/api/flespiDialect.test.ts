/**
 * `API_DIALECT=flespi`: over real HTTP, every route of ours that flespi's API description lacks answers
 * 404 (roles, role assignments, /platform/access, /mock, PATCH where flespi has PUT, the OpenAPI document),
 * every one flespi has is served, and lists have no paging.
 */
import { HttpHandler } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installStore } from '../db/backend';
import { PERSONAS } from '../db/demo/personas';
import { demoState } from '../db/initialState';
import { Store } from '../db/store';
import { handlers } from '../handlers';
import { EXTENSIONS_HEADER, PANEL_EXTENSIONS, parseExtensions } from '../../src/contracts/extensions';
import { flespiServes } from './flespiDialect';
import { startApiServer } from './startApiServer';
import type { RunningApi } from './startApiServer';

const key = PERSONAS.find((p) => p.id === 'acme-admin')?.key ?? '';
let api: RunningApi;

beforeAll(async () => {
  api = await startApiServer({ port: 0, flespiOnly: true });
});
// Each test on a fresh demo world (the first one deletes what it may).
beforeEach(() => void installStore(new Store(demoState())));
afterAll(() => api.close());

const call = async (method: string, path: string, body?: unknown) => {
  const init: RequestInit = { method, headers: { authorization: `FlespiToken ${key}`, 'content-type': 'application/json' } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const res = await fetch(`${api.url}${path}`, init);
  return { status: res.status, body: (await res.json()) as { result?: unknown[]; pagination?: unknown; errors?: Array<{ reason: string }> } };
};
const notFlespi = (answer: Awaited<ReturnType<typeof call>>) => answer.status === 404 && /only what flespi has/.test(answer.body.errors?.[0]?.reason ?? '');

/** Our route table, with each parameter filled by a plausible value. */
const ours = handlers.flatMap((h) => {
  if (!(h instanceof HttpHandler) || typeof h.info.path !== 'string') return [];
  const path = h.info.path
    .replace(/^\*/, '')
    .replace(/:type/g, 'devices')
    .replace(/:cid/g, '1000')
    .replace(/:[a-z]+/g, '100');
  return [{ method: String(h.info.method), path }];
});

describe('npm run api as a flespi-only server', () => {
  it('answers 404 for every route of ours flespi lacks, and serves every one it has', async () => {
    const lacking = ours.filter((r) => !flespiServes(r.method, r.path));
    const having = ours.filter((r) => flespiServes(r.method, r.path));
    expect(lacking.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'GET /platform/roles/100',
        'POST /platform/role-assignments',
        'GET /platform/access/1000',
        'POST /mock/reset',
        'PATCH /platform/tokens/100',
        'GET /openapi.json',
      ]),
    );
    expect(having.length).toBeGreaterThan(40);
    for (const r of lacking) expect(notFlespi(await call(r.method, r.path, r.method === 'GET' ? undefined : {})), `${r.method} ${r.path}`).toBe(true);
    for (const r of having)
      expect(notFlespi(await call(r.method, r.path, r.method === 'GET' || r.method === 'DELETE' ? undefined : {})), `${r.method} ${r.path}`).toBe(false);
  });

  it('edits with PUT where flespi has no PATCH, and PATCH where it has one (devices)', async () => {
    expect((await call('PUT', '/platform/tokens/1', { info: 'renamed with PUT' })).status).not.toBe(404);
    expect(notFlespi(await call('PATCH', '/platform/tokens/1', { info: 'x' }))).toBe(true);
    expect((await call('PATCH', '/gw/devices/100', { name: 'patched on flespi' })).status).toBe(200);
  });

  it('announces none of our extensions on /auth/info (our server does, exposed to the browser)', async () => {
    const ours = await startApiServer({ port: 0 });
    try {
      const get = (base: string) => fetch(`${base}/auth/info`, { headers: { authorization: `FlespiToken ${key}`, origin: 'http://localhost:1' } });
      const [flespi, full] = [await get(api.url), await get(ours.url)];
      expect(flespi.status).toBe(200);
      expect(flespi.headers.get(EXTENSIONS_HEADER)).toBeNull();
      expect(parseExtensions(full.headers.get(EXTENSIONS_HEADER))).toEqual([...PANEL_EXTENSIONS]);
      expect(full.headers.get('access-control-expose-headers')).toContain(EXTENSIONS_HEADER);
    } finally {
      await ours.close();
    }
  });

  it('has no paging: limit and offset are not read, and no answer carries pagination', async () => {
    const all = await call('GET', '/gw/devices/all');
    const paged = await call('GET', '/gw/devices/all?limit=1&offset=1');
    expect(paged.status).toBe(200);
    expect(paged.body.result).toHaveLength(all.body.result?.length ?? -1);
    expect(paged.body.pagination).toBeUndefined();
  });
});
