import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import { resetMockWorld, server } from '../node';

type Choice = { cid: number; kinds: Array<{ type: number; allowed: boolean; reason?: string }> };
const call = async (key: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(`http://api.test${path}`, {
    method,
    headers: { authorization: `FlespiToken ${key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { result?: unknown[]; errors?: Array<{ reason: string }> } };
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => void resetMockWorld());
afterAll(() => server.close());

describe('GET /platform/access/<cid>/token-kinds', () => {
  it('lists every account where tokens may be created, with each kind as the token guard answers it', async () => {
    const admin = personaKey('acme-admin');
    const kinds = await call(admin, 'GET', '/platform/access/1000/token-kinds');
    const creatable = await call(admin, 'GET', '/platform/access/1000/create/tokens');
    const rows = kinds.body.result as Choice[];
    expect(rows.map((r) => r.cid)).toEqual(creatable.body.result);
    expect(rows.every((r) => r.kinds.every((k) => k.allowed))).toBe(true);
  });

  it('a role holder sees the reason the guard refuses, and the server refuses the same draft', async () => {
    const admin = personaKey('acme-admin');
    // Dana gets the owner role over Contoso Foods (tokens:create there, but Dana may not act as Contoso).
    expect(
      (await call(admin, 'POST', '/platform/role-assignments', [{ cid: 1000, role_id: 1, subject_cid: 1007, scope: '/accounts/1005', expire: 0 }])).status,
    ).toBe(200);
    const made = await call(admin, 'POST', '/platform/tokens', [
      { cid: 1007, info: 'Dana master', expire: Math.floor(Date.now() / 1000) + 3600, access: { type: 1, acl: [] } },
    ]);
    const danaMaster = (made.body.result?.[0] as { key: string }).key;
    const rows = (await call(danaMaster, 'GET', '/platform/access/1007/token-kinds')).body.result as Choice[];
    const contoso = rows.find((r) => r.cid === 1005);
    expect(contoso?.kinds.find((k) => k.type === 1)).toMatchObject({ allowed: false, reason: expect.stringMatching(/own branch/) });
    expect(rows.find((r) => r.cid === 1007)?.kinds.every((k) => k.allowed)).toBe(true);
    const refused = await call(danaMaster, 'POST', '/platform/tokens', [
      { cid: 1005, expire: Math.floor(Date.now() / 1000) + 3600, access: { type: 1, acl: [] } },
    ]);
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.reason).toContain(contoso?.kinds[1]?.reason ?? '?');
  });

  it('is empty for a standard token', async () => {
    const r = await call(personaKey('northwind-ops'), 'GET', '/platform/access/1004/token-kinds');
    expect(r.body.result).toEqual([]);
  });
});

describe('a ttl-only token', () => {
  it('works when new (its ttl counts from creation until first use)', async () => {
    const made = await call(personaKey('acme-admin'), 'POST', '/platform/tokens', [{ info: 'ttl only', ttl: 600, access: { type: 0, acl: [] } }]);
    expect(made.status).toBe(200);
    const key = (made.body.result?.[0] as { key: string }).key;
    expect((await call(key, 'GET', '/auth/info')).status).toBe(200);
  });
});
