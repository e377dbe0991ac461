/**
 * Issue 17, item 1: the endpoints flespi has that the mock lacked, each through the permission module:
 * leaving a received grant, assigning devices by PUT/PATCH, device messages and telemetry. Through msw/node and real HTTP.
 */
import { expect, it } from 'vitest';
import { dialectCall as call, q, worldJson } from './test/dialectCall';
import { eachServing } from './test/transports';

const AS_NORTHWIND = { 'x-flespi-cid': '1004' };

eachServing('DELETE /platform/grantors: a grantee leaves a grant it receives', () => {
  it('Northwind (acting through its parent branch) leaves grant 1 and loses the channel it gave', async () => {
    expect((await call('acme-admin', 'GET', '/gw/channels/1', undefined, AS_NORTHWIND)).status).toBe(200);
    const left = await call('acme-admin', 'DELETE', '/platform/grantors/1', undefined, AS_NORTHWIND);
    expect(left.status).toBe(200);
    expect(left.body.result).toEqual([{ id: 1 }]);
    expect((await call('acme-admin', 'GET', '/platform/grantors/all?fields=id', undefined, AS_NORTHWIND)).body.result).toEqual([{ id: 3 }]);
    expect((await call('acme-admin', 'GET', '/gw/channels/1', undefined, AS_NORTHWIND)).status).toBe(404);
    const log = await call('acme-admin', 'GET', `/platform/grants/1/logs?${q({ reverse: true, count: 1 })}`);
    expect(log.body.result?.[0]).toMatchObject({ event: 'unlinked', changes: { subaccounts: [[1004], []] } });
  });
  it('grantee side only: the grantor cannot, a grant not received is 404, a standard token 403; nothing changes', async () => {
    const before = worldJson();
    const grantor = await call('acme-admin', 'DELETE', '/platform/grantors/1');
    expect(grantor.status).toBe(404);
    expect(grantor.body.errors?.[0]?.reason).toMatch(/grants your account receives/);
    expect((await call('acme-admin', 'DELETE', '/platform/grantors/2', undefined, AS_NORTHWIND)).status).toBe(404);
    expect((await call('acme-admin', 'DELETE', '/platform/grantors/999', undefined, AS_NORTHWIND)).status).toBe(404);
    expect((await call('northwind-ops', 'DELETE', '/platform/grantors/1')).status).toBe(403);
    expect((await call('acme-admin', 'DELETE', '/platform/grantors/{name==', undefined, AS_NORTHWIND)).status).toBe(400);
    expect((await call('acme-admin', 'DELETE', '/platform/grantors/1', undefined, { ...AS_NORTHWIND, 'if-match': '99' })).status).toBe(409);
    expect(worldJson()).toBe(before);
  });
});

eachServing('assigning devices by PUT (calcs, streams, plugins) and PATCH (plugins)', () => {
  it('PUT adds the devices, as POST does; PATCH on plugins too', async () => {
    expect((await call('acme-admin', 'PUT', '/gw/calcs/1/devices/303')).status).toBe(200);
    expect((await call('acme-admin', 'PUT', '/gw/streams/1/devices/302', {})).status).toBe(200);
    expect((await call('acme-admin', 'PATCH', '/gw/plugins/1/devices/303')).status).toBe(200);
    expect((await call('acme-admin', 'PUT', '/gw/plugins/1/devices/302')).status).toBe(200);
    expect((await call('acme-admin', 'GET', '/gw/calcs/1?fields=devices')).body.result).toEqual([{ devices: [301, 302, 303] }]);
    expect((await call('acme-admin', 'GET', '/gw/streams/1?fields=devices')).body.result).toEqual([{ devices: [301, 302] }]);
    expect((await call('acme-admin', 'GET', '/gw/plugins/1?fields=devices')).body.result).toEqual([{ devices: [301, 303, 302] }]);
  });
  it('refused as POST is: a device one may not change, a container one may not use, a body with data; nothing changes', async () => {
    const before = worldJson();
    // Northwind uses Fleet App's calcs (grant 3) but Contoso's device is not its own.
    expect((await call('acme-admin', 'PUT', '/gw/calcs/1/devices/311', undefined, AS_NORTHWIND)).status).toBe(404);
    expect((await call('northwind-ops', 'PUT', '/gw/calcs/1/devices/303')).status).toBe(200);
    const afterAllowed = worldJson();
    expect((await call('toolbox-link', 'PUT', '/gw/calcs/1/devices/301')).status).toBe(403);
    const body = await call('acme-admin', 'PATCH', '/gw/plugins/1/devices/302', { fields: { driver: 'x' } });
    expect(body.status).toBe(400);
    expect(body.body.errors?.[0]?.reason).toContain('fields');
    expect((await call('acme-admin', 'PUT', '/gw/plugins/1/devices/302', 'not json')).status).toBe(400);
    expect(worldJson()).toBe(afterAllowed);
    expect(afterAllowed).not.toBe(before);
  });
});

eachServing('device messages and telemetry, guarded by the ACL submodules', () => {
  const hour = Math.floor(Date.now() / 1000 / 3600) * 3600;
  const window = { from: hour - 7200, to: hour - 3600 };
  it('messages are generated per device and time: the same window gives the same messages', async () => {
    const a = await call('acme-admin', 'GET', `/gw/devices/311/messages?${q(window)}`);
    expect(a.status).toBe(200);
    expect(a.body.result?.length).toBeGreaterThan(0);
    expect(a.body.result?.[0]).toMatchObject({
      'device.id': 311,
      'device.name': 'Reefer 11',
      ident: expect.any(String),
      'position.latitude': expect.any(Number),
    });
    expect((await call('acme-admin', 'GET', `/gw/devices/311/messages?${q(window)}`)).body).toEqual(a.body);
  });
  it('the last day by default; count, reverse, filter and fields of data', async () => {
    const day = await call('acme-admin', 'GET', '/gw/devices/311,312/messages');
    expect(day.body.result).toHaveLength(2 * 288);
    const last = await call('acme-admin', 'GET', `/gw/devices/311/messages?${q({ count: 2, reverse: true, fields: 'timestamp,device.id' })}`);
    expect(last.body.result).toHaveLength(2);
    expect(Object.keys(last.body.result?.[0] ?? {}).sort()).toEqual(['device.id', 'timestamp']);
    expect(Number(last.body.result?.[0]?.['timestamp'])).toBeGreaterThan(Number(last.body.result?.[1]?.['timestamp']));
    const stopped = await call('acme-admin', 'GET', `/gw/devices/311/messages?${q({ filter: 'position.speed==0' })}`);
    expect(stopped.body.result?.every((m) => m['position.speed'] === 0)).toBe(true);
  });
  it('telemetry: the latest value of each parameter, all or by name', async () => {
    const all = await call('trackit-link', 'GET', '/gw/devices/311/telemetry/all');
    expect(all.status).toBe(200);
    expect(all.body.result?.[0]).toMatchObject({ id: 311, telemetry: { 'position.latitude': { value: expect.any(Number), ts: expect.any(Number) } } });
    const some = await call('trackit-link', 'GET', '/gw/devices/311/telemetry/position.latitude,battery.*');
    expect(Object.keys((some.body.result?.[0]?.['telemetry'] ?? {}) as object).sort()).toEqual(['battery.voltage', 'position.latitude']);
  });
  it('the TrackIt link (devices with messages and telemetry) reads them; an ACL listing only telemetry is refused messages', async () => {
    expect((await call('trackit-link', 'GET', '/gw/devices/all/messages')).status).toBe(200);
    const made = await call('acme-admin', 'POST', '/platform/tokens', [
      {
        cid: 1005,
        info: 'telemetry only',
        ttl: 3600,
        access: { type: 2, acl: [{ uri: 'gw/devices', methods: ['GET'], ids: 'all', submodules: [{ name: 'telemetry', methods: ['GET'] }] }] },
      },
    ]);
    const key = String(made.body.result?.[0]?.['key']);
    const refused = await call(key, 'GET', '/gw/devices/311/messages');
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.reason).toMatch(/messages submodule/);
    expect((await call(key, 'GET', '/gw/devices/311/telemetry/all')).status).toBe(200);
    expect((await call('northwind-ops', 'GET', '/gw/devices/311/messages')).status).toBe(404);
  });
  it.each([
    [`/gw/devices/311/messages?${q('{x')}`, '"data"'],
    [`/gw/devices/311/messages?${q({ count: 20_000 })}`, '"data.count"'],
    [`/gw/devices/all/messages?${q({ from: 0 })}`, '"count"'],
    [`/gw/devices/311/messages?${q({ to: 'now' })}`, '"data.to"'],
    [`/gw/devices/311/messages?${q({ filter: 'position.speed>' })}`, '"data.filter"'],
    ['/gw/devices/311/telemetry/a%20b', 'telemetry selector'],
    ['/gw/devices/311/telemetry/all?fields=a-b', '"fields"'],
  ])('GET %s → 400 naming %s', async (path, named) => {
    const r = await call('acme-admin', 'GET', path);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.reason).toContain(named);
  });
});
