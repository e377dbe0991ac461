/** `npm run api` over real HTTP: requests that used to freeze or kill the process, then a normal one. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { installStore } from '../db/backend';
import { PERSONAS } from '../db/demo/personas';
import { demoState } from '../db/initialState';
import { Store } from '../db/store';
import { MAX_BODY_BYTES } from '../http/limits';
import { rawHttp } from './rawHttp';
import type { RawAnswer } from './rawHttp';
import { startApiServer } from './startApiServer';
import type { RunningApi } from './startApiServer';

const key = PERSONAS.find((p) => p.id === 'acme-admin')?.key ?? '';
const auth = `Authorization: FlespiToken ${key}`;
let api: RunningApi;
let store: Store;

beforeAll(async () => {
  store = installStore(new Store(demoState()));
  api = await startApiServer({ port: 0 });
});
afterAll(() => api.close());
afterEach(() => vi.restoreAllMocks());

const errorOf = (answer: RawAnswer) => JSON.parse(answer.body) as unknown;
const errorShape = (code: number, reason: RegExp) => ({ errors: [{ code, reason: expect.stringMatching(reason) as unknown }] });

/** After every nasty request: the server still answers a normal one. */
async function stillServes() {
  const answer = await fetch(`${api.url}/gw/devices/all?fields=id&limit=1`, { headers: { authorization: `FlespiToken ${key}` } });
  expect(answer.status).toBe(200);
  expect(await answer.json()).toMatchObject({ result: [{ id: expect.any(Number) as unknown }] });
}

describe('npm run api at its HTTP edge', () => {
  it('answers TRACE and other unknown methods with 405 and a JSON error', async () => {
    for (const method of ['TRACE', 'PROPFIND', 'FOO']) {
      const answer = await rawHttp(api.port, `${method} /auth/info HTTP/1.1`);
      expect(answer.status, method).toBe(405);
      expect(errorOf(answer), method).toEqual(errorShape(405, /not supported/));
    }
    await stillServes();
  });

  it('answers an absolute-form request target with 400', async () => {
    const answer = await rawHttp(api.port, `GET http://x/auth/info HTTP/1.1\r\n${auth}`);
    expect(answer.status).toBe(400);
    expect(errorOf(answer)).toEqual(errorShape(400, /origin-form/));
    await stillServes();
  });

  it('answers a malformed % escape in the path with 400', async () => {
    for (const path of ['/gw/devices/%zz', '/gw/devices/name=%E0%A4%A', '/auth/info%']) {
      const answer = await rawHttp(api.port, `GET ${path} HTTP/1.1\r\n${auth}`);
      expect(answer.status, path).toBe(400);
      expect(errorOf(answer), path).toEqual(errorShape(400, /malformed % escape/));
    }
    await stillServes();
  });

  it('answers a selector nested a thousand deep, or too long, with 400 naming it', async () => {
    const deep = encodeURIComponent(`{${'('.repeat(1000)}id==1${')'.repeat(1000)}}`);
    const answer = await rawHttp(api.port, `GET /gw/devices/${deep} HTTP/1.1\r\n${auth}`);
    expect(answer.status).toBe(400);
    expect(errorOf(answer)).toEqual(errorShape(400, /^The selector "\{\(\(\(.*parentheses nest deeper than 32/));
    const long = await rawHttp(api.port, `GET /gw/devices/${encodeURIComponent(`{name=="${'x'.repeat(9000)}"}`)} HTTP/1.1\r\n${auth}`);
    expect(long.status).toBe(400);
    expect(errorOf(long)).toEqual(errorShape(400, /^The selector "\{name=="xxx.*longer than 8192 characters/));
    await stillServes();
  });

  it('matches many wildcards against a long name without backtracking', async () => {
    const long = 'a'.repeat(255);
    const renamed = await fetch(`${api.url}/gw/devices/100`, {
      method: 'PUT',
      headers: { authorization: `FlespiToken ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: long }),
    });
    expect(renamed.status).toBe(200);
    const sel = encodeURIComponent(`{name=="${'a*'.repeat(40)}b"}`);
    const answer = await fetch(`${api.url}/gw/devices/${sel}?fields=id`, { headers: { authorization: `FlespiToken ${key}` } });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ result: [] });
  });

  it('answers a JSON body nested thousands deep with 400, and keeps __proto__ out of everything', async () => {
    const deep = `{"name":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    const answer = await rawHttp(api.port, `PUT /gw/devices/101 HTTP/1.1\r\n${auth}\r\nContent-Type: application/json\r\nContent-Length: ${deep.length}`, deep);
    expect(answer.status).toBe(400);
    expect(errorOf(answer)).toEqual(errorShape(400, /deeper than 32/));
    const poisoned = await fetch(`${api.url}/gw/devices/101`, {
      method: 'PUT',
      headers: { authorization: `FlespiToken ${key}`, 'content-type': 'application/json' },
      body: '{"name":"Renamed","__proto__":{"polluted":true,"enabled":false}}',
    });
    expect(poisoned.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(store.world.instances.devices.find((d) => d.id === 101))).toBe(Object.prototype);
    await stillServes();
  });

  it('answers a body above the limit with 413, declared or streamed in chunks', async () => {
    const huge = 'x'.repeat(MAX_BODY_BYTES + 1);
    const declared = await fetch(`${api.url}/gw/devices/101`, {
      method: 'PUT',
      headers: { authorization: `FlespiToken ${key}`, 'content-type': 'application/json' },
      body: huge,
    });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual(errorShape(413, /larger than 1000000 bytes/));
    const chunk = (text: string) => `${text.length.toString(16)}\r\n${text}\r\n`;
    const streamed = await rawHttp(
      api.port,
      `PUT /gw/devices/101 HTTP/1.1\r\n${auth}\r\nTransfer-Encoding: chunked`,
      `${chunk(huge.slice(0, 600_000))}${chunk(huge.slice(600_000))}0\r\n\r\n`,
    );
    expect(streamed.status).toBe(413);
    await stillServes();
  });

  it('turns an unexpected exception in a handler into a logged 500 JSON answer and keeps serving', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(store, 'index').mockImplementationOnce(() => {
      throw new Error('index exploded');
    });
    const answer = await fetch(`${api.url}/gw/devices/all`, { headers: { authorization: `FlespiToken ${key}` } });
    expect(answer.status).toBe(500);
    expect(await answer.json()).toEqual(errorShape(500, /logged/));
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('GET'), expect.objectContaining({ message: 'index exploded' }));
    await stillServes();
  });

  it('answers CORS preflights and unknown endpoints as before', async () => {
    const preflight = await fetch(`${api.url}/gw/devices/all`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PATCH' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-flespi-cid');
    const missing = await fetch(`${api.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual(errorShape(404, /No endpoint GET \/nowhere/));
  });
});
