import { describe, expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import { getStore } from '../db/backend';
import { call, names, serveContractWorld } from './test/contractCall';
import { worldJson } from './test/dialectCall';

serveContractWorld();

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
