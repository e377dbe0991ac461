import { getResponse, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardRoutes } from './edgeGuard';
import { HttpError } from './respond';
import { parseSelector } from './selector';

const routes = () =>
  guardRoutes([
    http.get('*/gw/things/:sel', ({ params }) => {
      parseSelector(String(params.sel));
      return HttpResponse.json({ result: [] });
    }),
    http.get('*/gw/boom', () => {
      throw new TypeError('Cannot read properties of undefined');
    }),
    http.post('*/gw/refused', () => {
      throw new HttpError(409, 'Stale revision.');
    }),
  ]);

const send = async (path: string, init: RequestInit = {}) => {
  const response = await getResponse(routes(), new Request(`http://localhost${path}`, init));
  return response ? { status: response.status, body: (await response.json()) as unknown, allow: response.headers.get('allow') } : null;
};

afterEach(() => vi.restoreAllMocks());

describe('guardRoutes (the HTTP edge in front of the MSW routes)', () => {
  it('answers a malformed % escape with 400 instead of throwing in route matching', async () => {
    for (const path of ['/gw/things/%zz', '/gw/things/name=%E0%A4%A', '/x%/gw/things/1', '/elsewhere/%'])
      expect(await send(path), path).toEqual({
        status: 400,
        body: { errors: [{ code: 400, reason: expect.stringContaining('malformed % escape') as unknown }] },
        allow: null,
      });
  });

  it('answers an unknown method on an API path with 405 and Allow; other paths pass by', async () => {
    expect(await send('/gw/things/all', { method: 'PROPFIND' })).toEqual({
      status: 405,
      body: { errors: [{ code: 405, reason: expect.stringContaining('PROPFIND is not supported') as unknown }] },
      allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    });
    expect(await send('/src/main.tsx', { method: 'PROPFIND' })).toBeNull();
    expect(await send('/src/main.tsx')).toBeNull();
  });

  it('turns an exception a route did not catch into a logged 500 JSON answer, and an HttpError into its status', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await send('/gw/boom')).toEqual({
      status: 500,
      body: { errors: [{ code: 500, reason: expect.stringContaining('logged') as unknown }] },
      allow: null,
    });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('GET http://localhost/gw/boom'), expect.any(TypeError));
    expect(await send('/gw/refused', { method: 'POST' })).toMatchObject({ status: 409, body: { errors: [{ code: 409, reason: 'Stale revision.' }] } });
    expect(await send('/gw/things/all')).toMatchObject({ status: 200, body: { result: [] } });
  });

  it('answers a deep or oversized selector with 400 (the route stays usable)', async () => {
    const deep = encodeURIComponent(`{${'('.repeat(3000)}id==1${')'.repeat(3000)}}`);
    expect(await send(`/gw/things/${deep}`)).toMatchObject({
      status: 400,
      body: { errors: [{ code: 400, reason: expect.stringMatching(/^The selector "\{\(\(\(/) as unknown }] },
    });
    expect(await send(`/gw/things/${encodeURIComponent(`{${'('.repeat(100)}id==1${')'.repeat(100)}}`)}`)).toMatchObject({ status: 400 });
    expect(await send('/gw/things/1')).toMatchObject({ status: 200 });
  });

  it('keeps the routes themselves (same objects), so anything keyed by route still finds them', () => {
    const route = http.get('*/gw/x', () => HttpResponse.json({}));
    expect(guardRoutes([route])[0]).toBe(route);
  });
});
