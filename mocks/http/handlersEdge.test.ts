/** The browser mock's edge: the real route table through MSW (`getResponse` runs the routes as the worker does). */
import { getResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { PERSONAS } from '../db/demo/personas';
import { handlers } from '../handlers';
import { resetMockWorld } from '../node';
import { MAX_BODY_BYTES } from './limits';

const key = PERSONAS.find((p) => p.id === 'acme-admin')?.key ?? '';

async function call(method: string, path: string, body?: string) {
  const request = new Request(`http://localhost:5173${path}`, {
    method,
    headers: { authorization: `FlespiToken ${key}`, 'content-type': 'application/json' },
    body,
  });
  const answer = await getResponse(handlers, request);
  return answer ? { status: answer.status, body: (await answer.json()) as unknown } : null;
}
const error = (code: number, reason: RegExp) => ({ status: code, body: { errors: [{ code, reason: expect.stringMatching(reason) as unknown }] } });

beforeEach(() => {
  resetMockWorld();
});

describe('the browser mock at its HTTP edge', () => {
  it('405 for an unknown method on an API path, 400 for a malformed % escape', async () => {
    expect(await call('PROPFIND', '/gw/devices/all')).toEqual(error(405, /PROPFIND is not supported/));
    expect(await call('GET', '/gw/devices/%zz')).toEqual(error(400, /malformed % escape/));
    expect(await call('GET', '/platform/subaccounts/name=%E0%A4%A')).toEqual(error(400, /malformed % escape/));
  });

  it('400 for a selector nested too deep, 413 for a body above the limit, 400 for JSON nested too deep', async () => {
    const deep = encodeURIComponent(`{${'('.repeat(3000)}id==1${')'.repeat(3000)}}`);
    expect(await call('GET', `/gw/devices/${deep}`)).toEqual(error(400, /^The selector .*parentheses nest deeper/));
    expect(await call('PUT', '/gw/devices/100', JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES) }))).toEqual(error(413, /larger than/));
    expect(await call('PUT', '/gw/devices/100', `{"name":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)).toEqual(error(400, /deeper than 32/));
    expect(await call('GET', '/gw/devices/100?fields=id')).toEqual({ status: 200, body: { result: [{ id: 100 }] } });
  });

  it('a search with many wildcards on a long name answers at once', async () => {
    expect(await call('PUT', '/gw/devices/100', JSON.stringify({ name: 'a'.repeat(255) }))).toMatchObject({ status: 200 });
    const sel = encodeURIComponent(`{name=="${'a*'.repeat(40)}b"}`);
    expect(await call('GET', `/gw/devices/${sel}?fields=id`)).toEqual({ status: 200, body: { result: [] } });
  });
});
