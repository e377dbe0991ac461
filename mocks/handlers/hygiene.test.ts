/** Contract tests of issue 9: the lock-out guard, dangling references, the hygiene findings. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import { getStore } from '../db/backend';
import { resetMockWorld, server } from '../node';

const BASE = 'http://api.test';
type Row = Record<string, unknown>;
type Body = { result?: Row[]; errors?: Array<{ code: number; reason: string }>; references?: Row[] };

async function admin(method: string, path: string, body?: unknown) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { authorization: `FlespiToken ${personaKey('acme-admin')}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
}
/** The world without tokens' `accessed`, which every use of a token moves on purpose. */
const worldJson = () => JSON.stringify({ ...getStore().snapshot().world, tokens: getStore().world.tokens.map(({ accessed: _a, ...t }) => t) });
const ADMIN_TOKEN = 1;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => void resetMockWorld());
afterAll(() => server.close());

describe('lock-out guard', () => {
  it('refuses disabling or deleting the last root master token with 409, even confirmed, and changes nothing', async () => {
    const before = worldJson();
    for (const [method, path, body] of [
      ['DELETE', `/platform/tokens/${ADMIN_TOKEN}`],
      ['DELETE', `/platform/tokens/${ADMIN_TOKEN}?confirm=lockout`],
      ['PATCH', `/platform/tokens/${ADMIN_TOKEN}`, { enabled: false }],
      ['PATCH', `/platform/tokens/${ADMIN_TOKEN}?confirm=lockout`, { access: { type: 0, acl: [] } }],
    ] as const) {
      const r = await admin(method, path, body);
      expect(r.status, `${method} ${path}`).toBe(409);
      expect(r.body.errors?.[0]?.reason).toMatch(/last enabled master token|without an enabled master token/);
    }
    expect(worldJson()).toBe(before);
  });
  it('the calling token may go once another root master exists, but only when confirmed', async () => {
    const expire = Math.floor(Date.now() / 1000) + 3600;
    const made = await admin('POST', '/platform/tokens', [{ info: 'spare', enabled: true, expire, ttl: 0, access: { type: 1, acl: [] } }]);
    expect(made.status).toBe(200);
    const before = worldJson();
    const refused = await admin('PATCH', `/platform/tokens/${ADMIN_TOKEN}`, { enabled: false });
    expect(refused.status).toBe(409);
    expect(refused.body.errors?.[0]?.reason).toMatch(/token you are using.*confirm=lockout/);
    expect(worldJson()).toBe(before);
    const done = await admin('PATCH', `/platform/tokens/${ADMIN_TOKEN}?confirm=lockout`, { enabled: false });
    expect(done.status).toBe(200);
    expect(getStore().world.tokens.find((t) => t.id === ADMIN_TOKEN)?.enabled).toBe(false);
  });
  it('the lockout question answers what the write would say', async () => {
    const risk = await admin('GET', `/platform/access/1000/lockout?type=tokens&id=${ADMIN_TOKEN}&change=disable`);
    expect(risk.status).toBe(200);
    expect(risk.body.result?.[0]).toMatchObject({ code: 'last-root-master', confirmable: false });
    expect((await admin('GET', '/platform/access/1000/lockout?type=tokens&id=8&change=delete')).body.result).toEqual([]);
    expect((await admin('GET', '/platform/access/1000/lockout?type=tokens&id=999&change=delete')).status).toBe(404);
    expect((await admin('GET', '/platform/access/1000/lockout?type=tokens&id=8&change=explode')).status).toBe(400);
  });
  it('extending a token (PATCH expire) keeps its other fields', async () => {
    const expire = Math.floor(Date.now() / 1000) + 86_400;
    const r = await admin('PATCH', '/platform/tokens/8', { expire });
    expect(r.status).toBe(200);
    expect(r.body.result?.[0]).toMatchObject({ id: 8, info: 'Contoso admin', expire, enabled: true });
  });
  it('other tokens are not guarded', async () => {
    expect((await admin('DELETE', '/platform/tokens/8')).status).toBe(200);
  });
});

describe('dangling references', () => {
  it('deleting a device drops it from grants, reports that, and the hygiene check lists the emptied grant', async () => {
    const del = await admin('DELETE', '/gw/devices/312');
    expect(del.status).toBe(200);
    expect(del.body.references).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'grants', id: 2, effect: 'updated' })]));
    const grant = (await admin('GET', '/platform/grants/2')).body.result?.[0] as { items: Array<{ ids: unknown }> };
    expect(grant.items[0]?.ids).toEqual([]);
    const logs = (await admin('GET', '/platform/grants/2/logs')).body.result ?? [];
    expect(logs.some((l) => l.event === 'updated' && l.token_id === ADMIN_TOKEN)).toBe(true);
    const findings = (await admin('GET', '/platform/access/1000/hygiene')).body.result ?? [];
    const f = findings.find((x) => x.type === 'grants' && x.id === 2) as { reasons: Array<{ code: string }> } | undefined;
    expect(f?.reasons.map((r) => r.code)).toEqual(['no-items']);
    expect((await admin('DELETE', '/platform/grants/2')).status).toBe(200);
    const after = (await admin('GET', '/platform/access/1000/hygiene')).body.result ?? [];
    expect(after.some((x) => x.type === 'grants' && x.id === 2)).toBe(false);
  });
  it('deleting an account leaves no token, grant link or assignment pointing at it', async () => {
    const del = await admin('DELETE', '/platform/subaccounts/1007');
    expect(del.status).toBe(200);
    const w = getStore().world;
    expect(w.tokens.some((t) => t.cid === 1007)).toBe(false);
    expect(w.grants.some((g) => g.cid === 1007 || g.subaccounts.includes(1007))).toBe(false);
    expect(w.roleAssignments.some((a) => a.cid === 1007 || a.subject_cid === 1007)).toBe(false);
    expect(del.body.references?.length).toBeGreaterThan(0);
  });
  it('deleting a group deletes the assignments scoped to it', async () => {
    expect(getStore().world.roleAssignments.some((a) => a.scope === '/accounts/1004/groups/1')).toBe(true);
    expect((await admin('DELETE', '/gw/groups/1')).status).toBe(200);
    expect(getStore().world.roleAssignments.some((a) => a.scope === '/accounts/1004/groups/1')).toBe(false);
  });
  it("the hygiene check lists the demo world's expired assignment; standard tokens may not ask", async () => {
    const findings = (await admin('GET', '/platform/access/1000/hygiene')).body.result ?? [];
    expect(findings.map((f) => `${String(f.type)}:${String(f.id)}`)).toContain('role-assignments:2');
    const res = await fetch(`${BASE}/platform/access/1004/hygiene`, { headers: { authorization: `FlespiToken ${personaKey('northwind-ops')}` } });
    expect(res.status).toBe(403);
  });
});
