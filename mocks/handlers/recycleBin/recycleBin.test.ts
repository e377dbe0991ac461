/** The recycle bin through msw/node (issue 18): delete moves to the bin, who sees what, restore, its refusals, the 30 days. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { binEntryAnswer, restoreAnswer } from '../../../src/contracts/recycleBin';
import { getStore } from '../../db/backend';
import { call, serveContractWorld } from '../test/contractCall';
import { worldJson } from '../test/dialectCall';

serveContractWorld();
afterEach(() => void vi.useRealTimers());

const bin = (sel: string, tail = '') => `/platform/deleted/${encodeURIComponent(sel)}${tail}`;
const as = (cid: number) => ({ 'x-flespi-cid': String(cid) });
const origins = (b: { result?: Array<Record<string, unknown>> }) => (b.result ?? []).map((r) => r['origin']).sort();

describe('deleting moves to the recycle bin', () => {
  it('a deleted device is listed with its configuration and memberships, and gives nothing', async () => {
    expect((await call('acme-admin', 'DELETE', '/gw/devices/301')).status).toBe(200);
    const r = await call('acme-admin', 'GET', bin('gw/devices/301'));
    expect(r.status).toBe(200);
    const e = r.body.result?.[0] as Record<string, unknown>;
    expect(e).toMatchObject({ origin: 'gw/devices/301', type: 'devices', id: 301, cid: 1004, name: 'NW Truck 1' });
    expect(e['expires']).toBe((e['deleted'] as number) + 30 * 86400);
    expect(binEntryAnswer.strict().safeParse(e).error).toBeUndefined();
    expect((e['unlinked'] as Array<{ type: string; id: number }>).map((u) => `${u.type}/${u.id}`)).toContain('groups/1');
    expect((await call('northwind-ops', 'GET', '/gw/devices/301')).status).toBe(404);
    expect((await call('toolbox-link', 'GET', '/gw/devices/301')).status).toBe(404);
  });

  it('each principal sees only what it could read: the grantee its grant, not someone else’s device', async () => {
    await call('acme-admin', 'DELETE', '/platform/grants/2');
    await call('acme-admin', 'DELETE', '/gw/devices/311');
    expect(origins((await call('acme-admin', 'GET', bin('all'))).body)).toEqual(['gw/devices/311', 'platform/grants/2']);
    expect(origins((await call('northwind-ops', 'GET', bin('all'))).body)).toEqual([]);
    expect((await call('northwind-ops', 'GET', bin('gw/devices/311'))).status).toBe(404);
    expect((await call('northwind-ops', 'GET', bin('platform/grants/2', '/logs'))).status).toBe(404);
    expect(origins((await call('acme-admin', 'GET', bin('origin=gw/devices/*'))).body)).toEqual(['gw/devices/311']);
  });
});

describe('restore', () => {
  it('brings a device back with its id and configuration, without its memberships, only acting in its account', async () => {
    const before = getStore().world.instances.devices.find((d) => d.id === 301);
    await call('acme-admin', 'DELETE', '/gw/devices/301');
    const frozen = worldJson();
    expect((await call('acme-admin', 'POST', bin('gw/devices/301', '/restore'))).status).toBe(404);
    expect((await call('northwind-ops', 'POST', bin('gw/devices/301', '/restore'))).status).toBe(404);
    expect(worldJson()).toBe(frozen);
    const r = await call('acme-admin', 'POST', bin('gw/devices/301', '/restore'), undefined, as(1004));
    expect(r.status).toBe(200);
    expect(restoreAnswer.strict().safeParse(r.body.result?.[0]).error).toBeUndefined();
    const not = (r.body.result?.[0]?.['not_restored'] ?? []) as Array<{ type: string; id: number }>;
    expect(not.map((u) => `${u.type}/${u.id}`)).toEqual(expect.arrayContaining(['groups/1', 'calcs/1']));
    expect(getStore().world.instances.devices.find((d) => d.id === 301)).toEqual(before);
    expect(getStore().world.instances.groups.find((g) => g.id === 1)?.devices).not.toContain(301);
    expect((await call('acme-admin', 'GET', bin('gw/devices/301'))).status).toBe(404);
    const logs = await call('acme-admin', 'GET', '/gw/devices/301/logs');
    expect(logs.body.result?.map((l) => l['event'])).toEqual(expect.arrayContaining(['deleted', 'restored']));
  });

  it('a restored grant gives its grantee back what the restore preview said', async () => {
    await call('acme-admin', 'DELETE', '/platform/grants/2');
    expect((await call('dana', 'GET', '/gw/devices/312')).status).toBe(404);
    const frozen = worldJson();
    const preview = await call('acme-admin', 'POST', '/platform/access/preview', { restore: { origin: 'platform/grants/2' } }, as(1005));
    expect(preview.status).toBe(200);
    expect(worldJson()).toBe(frozen);
    const dana = preview.body.result?.find((d) => d['cid'] === 1007) as { gained: Array<{ type: string; id: number }> } | undefined;
    expect(dana?.gained.map((g) => `${g.type}/${g.id}`)).toContain('devices/312');
    expect((await call('acme-admin', 'POST', bin('platform/grants/2', '/restore'), undefined, as(1005))).status).toBe(200);
    expect((await call('dana', 'GET', '/gw/devices/312')).status).toBe(200);
  });

  it('refuses with 409 and a reason, changing nothing: an ident in use, the account first', async () => {
    await call('acme-admin', 'DELETE', '/gw/devices/311');
    const ident = (getStore().world.deleted?.[0]?.record as { configuration?: { ident?: string } }).configuration?.ident;
    const made = await call('acme-admin', 'POST', '/gw/devices', [{ name: 'Twin', device_type_id: 1, configuration: { ident } }], as(1005));
    expect(made.status).toBe(200);
    let frozen = worldJson();
    const r = await call('acme-admin', 'POST', bin('gw/devices/311', '/restore'), undefined, as(1005));
    expect(r.status).toBe(409);
    expect(r.body.errors?.[0]?.reason).toMatch(/ident/);
    expect(worldJson()).toBe(frozen);

    expect((await call('acme-admin', 'DELETE', '/platform/subaccounts/1007')).status).toBe(200);
    const dana = getStore().world.deleted?.find((e) => e.type === 'tokens' && e.cid === 1007);
    expect(dana?.with).toBe('platform/subaccounts/1007');
    frozen = worldJson();
    const early = await call('acme-admin', 'POST', bin(`platform/tokens/${dana?.item_id ?? 0}`, '/restore'), undefined, as(1006));
    expect(early.status).toBe(409);
    expect(early.body.errors?.[0]?.reason).toMatch(/restore .*subaccounts\/1007 first|restore the account first/);
    expect(worldJson()).toBe(frozen);
    expect((await call('acme-admin', 'POST', bin('platform/subaccounts/1007', '/restore'), undefined, as(1006))).status).toBe(200);
    expect((await call('acme-admin', 'POST', bin(`platform/tokens/${dana?.item_id ?? 0}`, '/restore'), undefined, as(1007))).status).toBe(200);
    expect((await call('dana', 'GET', '/auth/info')).status).toBe(200);
  });
});

describe('a deleted account takes what it holds along', () => {
  it('its subaccounts, instances and tokens go to the bin; they come back account first', async () => {
    expect((await call('acme-admin', 'DELETE', '/platform/subaccounts/1003')).status).toBe(200);
    expect((await call('acme-admin', 'GET', '/gw/devices/311')).status).toBe(404);
    const listed = origins((await call('acme-admin', 'GET', bin('all'))).body);
    expect(listed).toEqual(expect.arrayContaining(['platform/subaccounts/1003', 'platform/subaccounts/1005', 'gw/devices/311', 'gw/groups/1']));
    const device = (await call('acme-admin', 'GET', bin('gw/devices/311'))).body.result?.[0];
    expect(device?.['with']).toBe('platform/subaccounts/1003');
    expect((device?.['unlinked'] as Array<{ type: string; id: number }>).map((u) => `${u.type}/${u.id}`)).toContain('calcs/2');
    let frozen = worldJson();
    const early = await call('acme-admin', 'POST', bin('gw/devices/311', '/restore'));
    expect(early.status).toBe(409);
    expect(early.body.errors?.[0]?.reason).toMatch(/subaccounts\/1003 first/);
    expect(worldJson()).toBe(frozen);
    expect((await call('acme-admin', 'POST', bin('platform/subaccounts/1003', '/restore'))).status).toBe(200);
    frozen = worldJson();
    expect((await call('acme-admin', 'POST', bin('gw/devices/311', '/restore'), undefined, as(1003))).status).toBe(409);
    expect(worldJson()).toBe(frozen);
    expect((await call('acme-admin', 'POST', bin('platform/subaccounts/1005', '/restore'), undefined, as(1003))).status).toBe(200);
    expect((await call('acme-admin', 'POST', bin('gw/devices/311', '/restore'), undefined, as(1005))).status).toBe(200);
    expect((await call('acme-admin', 'GET', '/gw/devices/311')).body.result?.[0]?.['name']).toBe('Reefer 11');
  });

  it('never the account the caller signs in with or acts as', async () => {
    const frozen = worldJson();
    const r = await call('acme-admin', 'DELETE', '/platform/subaccounts/1003', undefined, as(1004));
    expect([403, 404, 409]).toContain(r.status);
    expect(worldJson()).toBe(frozen);
  });
});

describe('after 30 days', () => {
  it('an entry is gone for good, and its log with it', async () => {
    await call('acme-admin', 'DELETE', '/gw/devices/311');
    expect((await call('acme-admin', 'GET', bin('gw/devices/311', '/logs'))).body.result?.length).toBeGreaterThan(0);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 30 * 86400 * 1000 - 60_000);
    expect((await call('acme-admin', 'GET', bin('gw/devices/311'))).status).toBe(200);
    vi.setSystemTime(Date.now() + 120_000);
    expect((await call('acme-admin', 'GET', bin('gw/devices/311'))).status).toBe(404);
    expect(getStore().logs.some((l) => l.item_type === 'devices' && l.item_id === 311)).toBe(false);
    expect(getStore().world.deleted ?? []).toEqual([]);
  });
});

describe('bad input', () => {
  it('a malformed selector is a 400 naming it, and nothing changes', async () => {
    await call('acme-admin', 'DELETE', '/gw/devices/311');
    const frozen = worldJson();
    for (const sel of ['gw/nothing/1', 'origin=', 'devices']) {
      const r = await call('acme-admin', 'POST', bin(sel, '/restore'), undefined, as(1005));
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.reason).toMatch(/selector/);
    }
    expect((await call('acme-admin', 'POST', '/platform/access/preview', { restore: { origin: 'gw/devices/zz' } })).status).toBe(400);
    expect((await call('acme-admin', 'POST', '/platform/access/preview', { restore: { origin: 'gw/devices/311' } }, as(1005))).status).toBe(400);
    expect((await call('acme-admin', 'POST', '/platform/access/preview', { restore: {} })).status).toBe(400);
    const logs = await call('acme-admin', 'GET', `${bin('gw/devices/311', '/logs')}?data=${encodeURIComponent('{"count":-1}')}`);
    expect(logs.status).toBe(400);
    expect(logs.body.errors?.[0]?.reason).toMatch(/data/);
    expect(worldJson()).toBe(frozen);
  });

  it('every other caller finds nothing to restore, and nothing changes', async () => {
    await call('acme-admin', 'DELETE', '/gw/devices/311');
    const frozen = worldJson();
    for (const who of ['dana', 'northwind-ops', 'trackit-link'] as const) {
      expect((await call(who, 'POST', bin('gw/devices/311', '/restore'))).status).toBe(404);
      expect((await call(who, 'POST', bin('all', '/restore'))).body.result ?? []).toEqual([]);
    }
    expect((await call('acme-admin', 'POST', bin('gw/devices/311', '/restore'), undefined, as(1004))).status).toBe(404);
    expect((await call(null, 'POST', bin('gw/devices/311', '/restore'))).status).toBe(401);
    expect(worldJson()).toBe(frozen);
  });
});
