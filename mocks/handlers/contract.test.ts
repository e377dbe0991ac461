import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import type { Persona } from '../db/demo/personas';
import { getStore } from '../db/backend';
import { resetMockWorld, server } from '../node';

const BASE = 'http://api.test';
type Body = { result?: Array<Record<string, unknown>>; errors?: Array<{ code: number; reason: string; index?: number }>; pagination?: { count: number } };

async function call(who: Persona['id'] | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { ...(who ? { authorization: `FlespiToken ${personaKey(who)}` } : {}), 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
}
const names = (b: Body) => (b.result ?? []).map((r) => r.name).sort();
/** The world without tokens' `accessed`, which every use of a token moves on purpose. */
const worldJson = () => JSON.stringify({ ...getStore().snapshot().world, tokens: getStore().world.tokens.map(({ accessed: _a, ...t }) => t) });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => void resetMockWorld());
afterAll(() => server.close());

describe('auth', () => {
  it('answers /auth/info without the key, and 401s with distinct reasons', async () => {
    const okRes = await call('acme-admin', 'GET', '/auth/info');
    expect(okRes.status).toBe(200);
    expect(okRes.body.result?.[0]).not.toHaveProperty('key');
    const expired = await call('old-token', 'GET', '/auth/info');
    expect(expired.status).toBe(401);
    expect(expired.body.errors?.[0]?.reason).toMatch(/expired/i);
    const none = await call(null, 'GET', '/auth/info');
    expect(none.status).toBe(401);
  });
  it('refuses a token kind that can never list a collection with 403, not an empty list', async () => {
    for (const path of [
      '/platform/subaccounts/all',
      '/platform/tokens/all',
      '/platform/grants/all',
      '/platform/roles/all',
      '/platform/role-assignments/all',
      '/platform/tokens/1',
    ]) {
      for (const who of ['northwind-ops', 'toolbox-link'] as const) {
        const r = await call(who, 'GET', path);
        expect(r.status, `${who} ${path}`).toBe(403);
        expect(r.body.errors?.[0]?.reason).toMatch(/master token/);
      }
    }
    const channels = await call('toolbox-link', 'GET', '/gw/channels/all');
    expect(channels.status).toBe(403);
    expect(channels.body.errors?.[0]?.reason).toMatch(/gw\/channels/);
    expect((await call('toolbox-link', 'GET', '/gw/devices/all')).status).toBe(200);
  });
  it('refuses x-flespi-cid for a foreign account with 403', async () => {
    const r = await call('northwind-ops', 'GET', '/gw/devices/all', undefined, { 'x-flespi-cid': '1000' });
    expect(r.status).toBe(403);
  });
});

describe('instances follow the access model', () => {
  it('Northwind sees its trucks, the granted channel and Fleet App calcs (members filtered)', async () => {
    expect(names((await call('northwind-ops', 'GET', '/gw/devices/all')).body)).toEqual(['NW Truck 1', 'NW Truck 2', 'NW Truck 3']);
    expect(names((await call('northwind-ops', 'GET', '/gw/channels/all')).body)).toEqual(['Main Teltonika']);
    expect(names((await call('northwind-ops', 'GET', '/gw/calcs/all')).body)).toEqual(['Fuel usage', 'Trips']);
    const members = await call('northwind-ops', 'GET', '/gw/calcs/2/devices/all');
    expect(members.body.result?.map((d) => d.id)).toEqual([301]);
  });
  it('a hidden device is 404 and a read-only channel refuses update with 403, changing nothing', async () => {
    const before = worldJson();
    expect((await call('northwind-ops', 'GET', '/gw/devices/311')).status).toBe(404);
    expect((await call('northwind-ops', 'PUT', '/gw/channels/1', { name: 'mine' })).status).toBe(403);
    expect(worldJson()).toBe(before);
  });
  it('the Toolbox ACL token sees only its two listed devices', async () => {
    expect(names((await call('toolbox-link', 'GET', '/gw/devices/all')).body)).toEqual(['NW Truck 1', 'NW Truck 2']);
  });
  it('lists equal the permission module answer for every persona', async () => {
    for (const who of ['acme-admin', 'northwind-ops', 'dana', 'toolbox-link', 'trackit-link'] as const) {
      const ix = getStore().index();
      const p = ix.principal(personaKey(who), null, Math.floor(Date.now() / 1000));
      if (!p.ok) throw new Error(who);
      const ids = (await call(who, 'GET', '/gw/devices/all')).body.result?.map((d) => d.id);
      expect(ids?.slice().sort()).toEqual(ix.visibleIds(p.principal, 'devices').slice().sort());
    }
  });
});

describe('selectors, fields, pagination, logs', () => {
  it('supports expressions, fields and limit/offset', async () => {
    const r = await call('acme-admin', 'GET', `/gw/devices/${encodeURIComponent('{name=="NW*" && cid==1004}')}?fields=id,name&limit=2&offset=1`);
    expect(r.status).toBe(200);
    expect(r.body.result).toEqual([
      { id: 302, name: 'NW Truck 2' },
      { id: 303, name: 'NW Truck 3' },
    ]);
    expect(r.body.pagination?.count).toBe(3);
    expect((await call('acme-admin', 'GET', '/gw/devices/{name==')).status).toBe(400);
  });
  it('writes a log record with author and changed fields', async () => {
    expect((await call('acme-admin', 'PATCH', '/gw/devices/100', { name: 'Renamed' })).status).toBe(200);
    const logs = await call('acme-admin', 'GET', '/gw/devices/100/logs');
    expect(logs.body.result?.[0]).toMatchObject({ event: 'updated', item_id: 100, token_id: 1, changes: { name: ['Acme demo unit 1', 'Renamed'] } });
  });
  it('rejects a stale If-Match with 409', async () => {
    expect((await call('acme-admin', 'PATCH', '/gw/devices/100', { name: 'A' }, { 'if-match': '1' })).status).toBe(200);
    expect((await call('acme-admin', 'PATCH', '/gw/devices/100', { name: 'B' }, { 'if-match': '1' })).status).toBe(409);
  });
});

describe('bad input changes nothing', () => {
  const cases: Array<[string, string, unknown]> = [
    ['POST', '/platform/tokens', 'not json'],
    ['POST', '/platform/tokens', { info: 'x' }],
    ['POST', '/platform/tokens', [{ info: 'x' }]],
    ['POST', '/platform/tokens', [{ info: 'x', expire: 'soon' }]],
    ['POST', '/platform/tokens', [{ info: 'x', ttl: 60, colour: 'red' }]],
    ['POST', '/platform/tokens', [{ info: 'x'.repeat(300), ttl: 60 }]],
    ['POST', '/platform/grants', [{ name: 'g', items: [{ type: 'calcs', ids: 'all', access: ['command'] }] }]],
    ['POST', '/platform/grants', [{ name: 'g', items: [{ type: 'widgets', ids: 'all', access: ['read'] }] }]],
    ['POST', '/platform/grants', [{ name: '', items: [] }]],
    [
      'POST',
      '/gw/devices',
      [
        { name: 'ok', device_type_id: 1 },
        { name: 42, device_type_id: 1 },
      ],
    ],
    ['PUT', '/gw/devices/100', { name: 'x', unknown: 1 }],
    ['PUT', '/gw/devices/999999', { name: 'x' }],
    ['POST', '/platform/role-assignments', [{ role_id: 1, subject_cid: 1004, scope: 'everything' }]],
    ['DELETE', '/platform/roles/1', undefined],
  ];
  it.each(cases)('%s %s → 4xx naming the problem', async (method, path, body) => {
    const before = worldJson();
    const r = await call('acme-admin', method, path, body);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.body.errors?.[0]?.reason.length).toBeGreaterThan(5);
    expect(worldJson()).toBe(before);
  });
  it('names the failing item of a multi-item POST', async () => {
    const r = await call('acme-admin', 'POST', '/gw/devices', [
      { name: 'ok', device_type_id: 1 },
      { name: 42, device_type_id: 1 },
    ]);
    expect(r.body.errors?.[0]?.index).toBe(1);
  });
});

describe('escalation is refused', () => {
  it('a standard token cannot mint a master token', async () => {
    const r = await call('northwind-ops', 'POST', '/platform/tokens', [{ info: 'x', ttl: 60, access: { type: 1, acl: [] } }]);
    expect([403, 404]).toContain(r.status);
  });
  it('a grantee cannot re-share what it received', async () => {
    const before = worldJson();
    const r = await call('acme-admin', 'POST', '/platform/grants', [
      { name: 'reshare', cid: 1004, items: [{ type: 'channels', ids: [1], access: ['read'] }], subaccounts: [1005] },
    ]);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(worldJson()).toBe(before);
  });
});

describe('what-if preview and grantee links', () => {
  it('the preview of a new grant lists exactly what the grantee sees after saving, and changes nothing', async () => {
    const draft = { name: 'Reefers for Northwind', cid: 1005, items: [{ type: 'devices', ids: [311, 313], access: ['read'] }], subaccounts: [1004] };
    const before = worldJson();
    const preview = await call('acme-admin', 'POST', '/platform/access/preview', { grant: draft });
    expect(preview.status).toBe(200);
    expect(worldJson()).toBe(before);
    const diff = preview.body.result?.find((d) => d.cid === 1004) as { gained: Array<{ type: string; id: number }> } | undefined;
    const gained = diff?.gained
      .filter((e) => e.type === 'devices')
      .map((e) => e.id)
      .sort();
    expect(gained).toEqual([311, 313]);
    expect((await call('acme-admin', 'POST', '/platform/grants', [draft])).status).toBe(200);
    const seen = (await call('northwind-ops', 'GET', '/gw/devices/all')).body.result?.map((d) => d.id) ?? [];
    expect(seen.filter((id) => !([301, 302, 303] as unknown[]).includes(id)).sort()).toEqual(gained);
  });
  it('previewing the removal of a grant shows the loss', async () => {
    const preview = await call('acme-admin', 'POST', '/platform/access/preview', { remove: { type: 'grants', id: 1 } });
    const diff = preview.body.result?.find((d) => d.cid === 1004) as { lost: Array<{ type: string; id: number }> } | undefined;
    expect(diff?.lost.filter((e) => e.type !== 'grants')).toEqual([expect.objectContaining({ type: 'channels', id: 1 })]);
  });
  it('a standard token cannot preview; a bad body is a 400', async () => {
    expect((await call('northwind-ops', 'POST', '/platform/access/preview', { remove: { type: 'grants', id: 1 } })).status).toBe(403);
    expect((await call('acme-admin', 'POST', '/platform/access/preview', { nothing: true })).status).toBe(400);
  });
  it('links and unlinks a grantee, and refuses unknown accounts', async () => {
    expect((await call('acme-admin', 'POST', '/platform/grants/1/subaccounts/1005')).status).toBe(200);
    expect(names((await call('acme-admin', 'GET', '/platform/grants/1/subaccounts/all')).body)).toEqual(['Contoso Foods', 'Northwind Logistics']);
    expect((await call('acme-admin', 'DELETE', '/platform/grants/1/subaccounts/1005')).status).toBe(200);
    expect((await call('acme-admin', 'POST', '/platform/grants/1/subaccounts/99999')).status).toBe(404);
  });
});

describe('create logs', () => {
  it('a created token is logged with its fields but never its key', async () => {
    const r = await call('acme-admin', 'POST', '/platform/tokens', [{ info: 'for the log', ttl: 3600 }]);
    const id = r.body.result?.[0]?.id;
    const logs = await call('acme-admin', 'GET', `/platform/tokens/${String(id)}/logs`);
    expect(logs.body.result?.[0]).toMatchObject({ event: 'created', changes: { info: [null, 'for the log'] } });
    expect(JSON.stringify(logs.body)).not.toContain(String(r.body.result?.[0]?.key));
  });
});
