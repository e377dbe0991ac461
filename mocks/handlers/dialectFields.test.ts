/**
 * Issue 17, item 1: flespi's own fields of each instance type (kept, returned, bad input naming the field),
 * `fields` on every answer, writes included, and `data` on logs. Through msw/node and real HTTP.
 */
import { expect, it } from 'vitest';
import { dialectCall as call, q, worldJson } from './test/dialectCall';
import { eachServing } from './test/transports';

eachServing('flespi fields of each instance type', () => {
  it('a device keeps device_type_id and configuration.ident; a channel, stream, calc and plugin their own', async () => {
    const made = await call('acme-admin', 'POST', '/gw/devices', [
      { name: 'Van', device_type_id: 742, configuration: { ident: '351234567890123', phone: '+1' }, messages_ttl: 3600 },
    ]);
    expect(made.status).toBe(200);
    const id = made.body.result?.[0]?.['id'];
    const read = await call('acme-admin', 'GET', `/gw/devices/${String(id)}`);
    expect(read.body.result?.[0]).toMatchObject({ device_type_id: 742, configuration: { ident: '351234567890123', phone: '+1' }, messages_ttl: 3600 });
    expect((await call('acme-admin', 'PUT', `/gw/devices/${String(id)}`, { device_type_id: 1 })).body.result?.[0]).toMatchObject({ device_type_id: 1 });
    const bodies: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
      ['channels', { name: 'Ch', protocol_id: 5, messages_ttl: 60 }, { protocol_id: 5, enabled: true, messages_ttl: 60 }],
      ['streams', { name: 'St', protocol_id: 8, configuration: { uri: 'https://x' }, queue_ttl: 600 }, { protocol_id: 8, queue_ttl: 600, devices: [] }],
      ['calcs', { name: 'Ca', selectors: [{ type: 'datetime', split: 'day' }] }, { selectors: [{ type: 'datetime', split: 'day' }], counters: [] }],
      ['plugins', { name: 'Pl', type_id: 3, configuration: {} }, { type_id: 3 }],
      ['groups', { name: 'Gr', metadata: { k: 1 } }, { metadata: { k: 1 } }],
    ];
    for (const [type, body, kept] of bodies) {
      const r = await call('acme-admin', 'POST', `/gw/${type}`, [body]);
      expect(r.status, type).toBe(200);
      expect(r.body.result?.[0], type).toMatchObject(kept);
    }
  });

  it('the demo world carries them', async () => {
    expect((await call('acme-admin', 'GET', '/gw/devices/311')).body.result?.[0]).toMatchObject({
      device_type_id: expect.any(Number),
      configuration: { ident: expect.any(String) },
    });
    expect((await call('acme-admin', 'GET', '/gw/channels/1')).body.result?.[0]).toMatchObject({ protocol_id: expect.any(Number) });
    expect((await call('acme-admin', 'GET', '/gw/calcs/1')).body.result?.[0]).toMatchObject({ selectors: expect.any(Array) });
  });

  it.each([
    ['POST', '/gw/devices', [{ name: 'x' }], 'device_type_id'],
    ['POST', '/gw/devices', [{ name: 'x', device_type_id: 'teltonika' }], 'device_type_id'],
    ['POST', '/gw/devices', [{ name: 'x', device_type_id: 1, configuration: { ident: 'a/b' } }], 'configuration.ident'],
    ['POST', '/gw/devices', [{ name: 'x', device_type_id: 1, protocol_id: 1 }], 'protocol_id'],
    ['POST', '/gw/channels', [{ name: 'x' }], 'protocol_id'],
    ['POST', '/gw/channels', [{ name: 'x', protocol_id: 1, device_type_id: 1 }], 'device_type_id'],
    ['POST', '/gw/streams', [{ name: 'x', protocol_id: 1, queue_ttl: -1 }], 'queue_ttl'],
    ['POST', '/gw/calcs', [{ name: 'x', selectors: [] }], 'selectors'],
    ['POST', '/gw/calcs', [{ name: 'x', selectors: [{ split: 'day' }] }], 'selectors[0].type'],
    ['POST', '/gw/plugins', [{ name: 'x' }], 'type_id'],
    ['POST', '/gw/groups', [{ name: 'x', configuration: {} }], 'configuration'],
    ['PATCH', '/gw/devices/100', { configuration: { ident: '' } }, 'configuration.ident'],
    ['PUT', '/gw/channels/1', { enabled: 'yes' }, 'enabled'],
    ['PUT', '/gw/calcs/1', { counters: [{ name: 'x' }] }, 'counters[0].type'],
  ])('%s %s %j → 400 naming %s', async (method, path, body, field) => {
    const before = worldJson();
    const r = await call('acme-admin', method, path, body);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.reason).toContain(field);
    expect(worldJson()).toBe(before);
  });
});

eachServing('fields on every answer', () => {
  it('writes answer only the fields asked for', async () => {
    const made = await call('acme-admin', 'POST', '/gw/devices?fields=id', [{ name: 'Only id', device_type_id: 1 }]);
    expect(made.body.result).toEqual([{ id: expect.any(Number) }]);
    expect((await call('acme-admin', 'PATCH', '/gw/devices/100?fields=name', { name: 'N' })).body.result).toEqual([{ name: 'N' }]);
    expect((await call('acme-admin', 'PUT', '/platform/customer?fields=name', { name: 'Acme' })).body.result).toEqual([{ name: 'Acme' }]);
    expect((await call('acme-admin', 'DELETE', `/gw/devices/${String(made.body.result?.[0]?.['id'])}?fields=id`)).body.result).toEqual([
      { id: expect.any(Number) },
    ]);
  });
  it('reads that ignored it: the customer and grantee links', async () => {
    expect((await call('acme-admin', 'GET', '/platform/customer?fields=id,name')).body.result).toEqual([{ id: 1000, name: 'Acme Telematics' }]);
    expect((await call('acme-admin', 'GET', '/platform/grants/1/subaccounts/all?fields=id')).body.result).toEqual([{ id: 1004 }]);
  });
  it('a malformed fields list is a 400 naming fields, and the write does not happen', async () => {
    const before = worldJson();
    const r = await call('acme-admin', 'PATCH', '/gw/devices/100?fields=na-me', { name: 'Never' });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.reason).toContain('"fields"');
    expect(worldJson()).toBe(before);
  });
});

eachServing('data on logs', () => {
  const renames = async () => {
    for (const name of ['One', 'Two', 'Three']) await call('acme-admin', 'PATCH', '/gw/devices/100', { name });
  };
  it('count, reverse, filter and fields as flespi has them; oldest first without reverse', async () => {
    await renames();
    const oldest = await call('acme-admin', 'GET', `/gw/devices/100/logs?${q({ count: 1 })}`);
    expect(oldest.body.result?.[0]?.['changes']).toEqual({ name: ['Acme demo unit 1', 'One'] });
    const newest = await call('acme-admin', 'GET', `/gw/devices/100/logs?${q({ count: 2, reverse: true, filter: 'event==updated', fields: 'event,changes' })}`);
    expect(newest.body.result).toEqual([
      { event: 'updated', changes: { name: ['Two', 'Three'] } },
      { event: 'updated', changes: { name: ['One', 'Two'] } },
    ]);
    const shortForm = await call('acme-admin', 'GET', `/gw/devices/100/logs?${q({ filter: 'event=updated' })}`);
    expect(shortForm.body.result).toHaveLength(3);
    const future = await call('acme-admin', 'GET', `/platform/customer/logs?${q({ from: 4_000_000_000 })}`);
    expect(future.body.result).toEqual([]);
    const all = await call('acme-admin', 'GET', `/gw/devices/100/logs?${q({ from: 0, to: 4_000_000_000 })}`);
    expect(all.body.result).toHaveLength(3);
  });
  it.each([
    ['{not json'],
    ['[1]'],
    [JSON.stringify({ count: 0 })],
    [JSON.stringify({ colour: 1 })],
    [JSON.stringify({ from: 10, to: 5 })],
    [JSON.stringify({ filter: 'event==' })],
    [JSON.stringify({ reverse: 'yes' })],
    [JSON.stringify({ fields: 'a b' })],
  ])('data=%s → 400 naming data', async (data) => {
    const r = await call('acme-admin', 'GET', `/gw/devices/100/logs?${q(data)}`);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.reason).toContain('"data"');
  });
});
