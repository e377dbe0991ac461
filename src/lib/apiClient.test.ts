import { describe, expect, it, vi } from 'vitest';
import { ApiError, buildUrl, createApiClient, resolveBaseUrl } from './apiClient';
import type { ApiClientConfig } from './apiClient';

const KEY = 'A'.repeat(32) + 'b'.repeat(32);

interface Call {
  url: string;
  init: RequestInit;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function setup(answer: (call: Call) => Response | Promise<Response>, extra: Partial<ApiClientConfig> = {}) {
  const calls: Call[] = [];
  const onUnauthorized = vi.fn();
  const client = createApiClient({
    baseUrl: 'https://api.example',
    getKey: () => KEY,
    getActingCid: () => null,
    onUnauthorized,
    fetch: async (input, init) => {
      const call = { url: String(input), init: init ?? {} };
      calls.push(call);
      return answer(call);
    },
    ...extra,
  });
  const headers = (i = 0): Record<string, string> => (calls[i]?.init.headers ?? {}) as Record<string, string>;
  return { client, calls, headers, onUnauthorized };
}

describe('apiClient envelope', () => {
  it('returns the result array typed, with pagination when present', async () => {
    const { client } = setup(() => json(200, { result: [{ id: 1, name: 'NW Truck 1' }], pagination: { limit: 1, offset: 0, count: 3 } }));
    const out = await client.get<{ id: number; name: string }>('/gw/devices/all', { query: { limit: 1, offset: 0 } });
    expect(out.result).toEqual([{ id: 1, name: 'NW Truck 1' }]);
    expect(out.pagination).toEqual({ limit: 1, offset: 0, count: 3 });
  });

  it('leaves pagination out when absent or malformed', async () => {
    const { client } = setup(() => json(200, { result: [], pagination: { limit: 'x' } }));
    expect(await client.get('/gw/devices/all')).toEqual({ result: [] });
  });

  it('keeps per-item errors reported next to a partial success', async () => {
    const { client } = setup(() => json(200, { result: [{ id: 5 }], errors: [{ code: 400, reason: 'name: expected a string', index: 1 }] }));
    const out = await client.post('/gw/devices', [{}, {}]);
    expect(out.errors).toEqual([{ code: 400, reason: 'name: expected a string', index: 1 }]);
  });

  it('validates items with parse and reports a shape mismatch as a parse error', async () => {
    const { client } = setup(() => json(200, { result: [{ id: 'x' }] }));
    const parse = (x: unknown): { id: number } => {
      if (typeof x === 'object' && x !== null && 'id' in x && typeof x.id === 'number') return { id: x.id };
      throw new Error('bad');
    };
    await expect(client.get('/gw/devices/all', { parse })).rejects.toMatchObject({ kind: 'parse', status: 200 });
  });

  it('refuses a 200 without the envelope (an HTML fallback page, for instance)', async () => {
    const { client } = setup(() => new Response('<!doctype html><title>app</title>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    await expect(client.get('/platform/customer')).rejects.toMatchObject({ kind: 'parse', status: 200 });
  });
});

describe('apiClient errors', () => {
  it('turns {errors} into an ApiError with status, code, reason and every entry', async () => {
    const body = {
      errors: [
        { code: 400, reason: 'items[0].access: "command" is for devices only' },
        { code: 400, reason: 'second' },
      ],
    };
    const { client } = setup(() => json(400, body));
    const err = await client.post('/platform/grants', [{}]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const e = err as ApiError;
    expect([e.kind, e.status, e.code, e.reason]).toEqual(['http', 400, 400, body.errors[0]?.reason]);
    expect(e.errors).toHaveLength(2);
    expect(e.message).toContain('POST /platform/grants');
  });

  it('gives a readable reason when the error body is not JSON', async () => {
    const { client } = setup(() => new Response('Bad Gateway', { status: 502, headers: { 'Content-Type': 'text/plain' } }));
    await expect(client.get('/gw/devices/all')).rejects.toMatchObject({ kind: 'http', status: 502, code: 502, reason: 'The server failed (HTTP 502).' });
  });

  it('gives a readable reason when the error body is empty', async () => {
    const { client } = setup(() => new Response(null, { status: 404 }));
    await expect(client.get('/gw/devices/99')).rejects.toMatchObject({ status: 404, reason: 'Not found.' });
  });

  it('reports a network failure as status 0 without the key anywhere', async () => {
    const { client } = setup(() => {
      throw new TypeError(`Failed to fetch with ${KEY}`);
    });
    const e = (await client.get('/auth/info').catch((x: unknown) => x)) as ApiError;
    expect([e.kind, e.status]).toEqual(['network', 0]);
    expect(`${e.message} ${e.reason} ${JSON.stringify(e.errors)}`).not.toContain(KEY);
  });

  it('lets an abort through untouched (react-query cancels that way)', async () => {
    const { client } = setup(() => {
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(client.get('/gw/devices/all')).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('calls onUnauthorized on a 401 of the session key, not of a key being checked', async () => {
    const { client, onUnauthorized } = setup(() => json(401, { errors: [{ code: 401, reason: 'The token has expired.' }] }));
    await expect(client.get('/gw/devices/all')).rejects.toMatchObject({ status: 401, reason: 'The token has expired.' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized.mock.calls[0]?.[1]).toBe(KEY);
    await expect(client.get('/auth/info', { key: 'c'.repeat(64) })).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});

describe('apiClient headers', () => {
  it('sends the FlespiToken authorization and no acting account by default', async () => {
    const { client, headers } = setup(() => json(200, { result: [] }));
    await client.get('/platform/tokens/all');
    expect(headers().Authorization).toBe(`FlespiToken ${KEY}`);
    expect(headers()['x-flespi-cid']).toBeUndefined();
  });

  it('sends x-flespi-cid from the configuration, and lets one call override or drop it', async () => {
    const { client, headers } = setup(() => json(200, { result: [] }), { getActingCid: () => 1004 });
    await client.get('/gw/devices/all');
    await client.get('/gw/devices/all', { actAs: 1011 });
    await client.get('/platform/access/1/accounts', { actAs: null });
    expect([headers(0)['x-flespi-cid'], headers(1)['x-flespi-cid'], headers(2)['x-flespi-cid']]).toEqual(['1004', '1011', undefined]);
  });

  it('sends If-Match and a JSON body with its content type', async () => {
    const { client, calls, headers } = setup(() => json(200, { result: [{ id: 3, rev: 8 }] }));
    await client.put('/gw/devices/3', { name: 'NW Truck 3' }, { ifMatch: 7 });
    expect(calls[0]?.init.method).toBe('PUT');
    expect(headers()['If-Match']).toBe('7');
    expect(headers()['Content-Type']).toBe('application/json');
    expect(calls[0]?.init.body).toBe('{"name":"NW Truck 3"}');
  });

  it('sends no Authorization without a key, and a one-call key when given', async () => {
    const { client, headers } = setup(() => json(200, { result: [] }), { getKey: () => null });
    await client.get('/auth/info');
    await client.get('/auth/info', { key: KEY });
    expect(headers(0).Authorization).toBeUndefined();
    expect(headers(1).Authorization).toBe(`FlespiToken ${KEY}`);
  });
});

describe('urls', () => {
  it('joins base, path and query (arrays as comma lists, empty values left out)', () => {
    expect(buildUrl('https://flespi.io', '/gw/devices/all', { fields: ['id', 'name'], limit: 10, offset: undefined, x: null })).toBe(
      'https://flespi.io/gw/devices/all?fields=id%2Cname&limit=10',
    );
    expect(buildUrl('', 'auth/info')).toBe('/auth/info');
  });

  it('normalizes VITE_API_BASE', () => {
    expect(resolveBaseUrl('https://flespi.io/ ')).toBe('https://flespi.io');
    expect(resolveBaseUrl(undefined)).toBe('');
  });
});
