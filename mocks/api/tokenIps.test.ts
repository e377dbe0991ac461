/** A token's `ips` allow-list, enforced by `npm run api` from the socket's address (issue 22, item 9). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installStore } from '../db/backend';
import { personaKey } from '../db/demo/personas';
import { demoState } from '../db/initialState';
import { Store } from '../db/store';
import { startApiServer } from './startApiServer';
import type { RunningApi } from './startApiServer';

let api: RunningApi;
beforeAll(async () => {
  installStore(new Store(demoState()));
  api = await startApiServer({ port: 0, hostname: '127.0.0.1' });
});
afterAll(() => api.close());

async function call(key: string, method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
  const res = await fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: `FlespiToken ${key}`, 'content-type': 'application/json', ...extra },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { result?: Array<Record<string, unknown>>; errors?: Array<{ reason: string }> } };
}

const admin = personaKey('acme-admin');
const expire = () => Math.floor(Date.now() / 1000) + 3600;

async function tokenWithIps(ips: string): Promise<string> {
  const made = await call(admin, 'POST', '/platform/tokens', [{ info: `ips ${ips}`, expire: expire(), ips, access: { type: 1 } }]);
  expect(made.status, JSON.stringify(made.body.errors)).toBe(200);
  return String(made.body.result?.[0]?.key);
}

describe("a token's ips", () => {
  it('a token limited to other addresses is refused from here (401, naming the address), even if the client claims one', async () => {
    const key = await tokenWithIps('10.9.9.9, 192.168.0.0/16');
    const claims: Array<Record<string, string>> = [{}, { 'x-mock-client-address': '10.9.9.9' }];
    for (const headers of claims) {
      const info = await call(key, 'GET', '/auth/info', undefined, headers);
      expect(info.status).toBe(401);
      expect(info.body.errors?.[0]?.reason).toMatch(/may not be used from .*127\.0\.0\.1/);
      expect((await call(key, 'GET', '/gw/devices/all', undefined, headers)).status).toBe(401);
    }
  });

  it('a token that lists this address (or a subnet holding it) works', async () => {
    for (const ips of ['127.0.0.1', '127.0.0.0/8, 10.0.0.1', '']) {
      const key = await tokenWithIps(ips);
      expect((await call(key, 'GET', '/auth/info')).status, ips).toBe(200);
      expect((await call(key, 'GET', '/gw/devices/all')).status, ips).toBe(200);
    }
  });

  it('a list that is not addresses is a 400 naming the field, and nothing is created', async () => {
    const before = (await call(admin, 'GET', '/platform/tokens/all')).body.result?.length;
    const made = await call(admin, 'POST', '/platform/tokens', [{ info: 'bad ips', expire: expire(), ips: '10.0.0.1, localhost', access: { type: 1 } }]);
    expect(made.status).toBe(400);
    expect(made.body.errors?.[0]?.reason).toMatch(/"ips" must list IP addresses or subnets.*"localhost" is neither/);
    expect((await call(admin, 'GET', '/platform/tokens/all')).body.result?.length).toBe(before);
    const patched = await call(admin, 'PATCH', '/platform/tokens/1', { ips: '999.1.1.1' });
    expect(patched.status).toBe(400);
  });
});
