/**
 * Issue 18, limits: who defines, reads and assigns them (the parent's branch, master tokens only; never the
 * limited account, never a grantee), what a create meets (409 naming the limit and the account as the caller
 * reads them), and every refusal leaves the world as it was.
 */
import { describe, expect, it } from 'vitest';
import { call, device, frozen, masterKey, reason, serveDemoWorld } from './test/limitCalls';
import type { Body } from './test/limitCalls';

serveDemoWorld();
const names = (b: Body) => (b.result ?? []).map((r) => r['name']).sort();

describe('/platform/limits', () => {
  it("lists the demo world's limits to Acme's admin and their use", async () => {
    expect(names((await call('GET', '/platform/limits/all')).body)).toEqual(['Client standard', 'Support desk']);
    const use = await call('GET', '/platform/limits/1/use');
    expect(use.body.result).toEqual([{ limit_id: 1, accounts: [{ id: 1006, name: 'Support', use: expect.objectContaining({ devices: 0, subaccounts: 1 }) }] }]);
  });

  it('a subaccount at its device limit is refused a new device, naming the limit and the account; nothing changes', async () => {
    const before = frozen();
    const r = await call('POST', '/gw/devices', { cid: 1006, body: device('One too many') });
    expect(r.status).toBe(409);
    expect(reason(r.body)).toContain('Limit "Support desk" of account "Support" (#1006) allows 0 devices');
    expect(frozen()).toBe(before);
  });

  it('the limited account reads no limit of its own and hears of "a limit above your account"', async () => {
    const key = await masterKey(1006);
    expect((await call('GET', '/platform/limits/all', { key })).body.result).toEqual([]);
    expect((await call('GET', '/platform/limits/1', { key })).status).toBe(404);
    expect((await call('GET', '/platform/subaccounts/1006', { key })).body.result?.[0]?.['limit_id']).toBeUndefined();
    const before = frozen();
    const r = await call('POST', '/gw/devices', { key, body: device('Mine') });
    expect([r.status, reason(r.body)]).toEqual([409, 'Item 0: A limit above your account allows no more devices here.']);
    expect((await call('PUT', '/platform/limits/1', { key, body: { devices: 100 } })).status).toBe(404);
    const own = await call('PUT', '/platform/customer', { key, body: { limit_id: 0 } });
    expect([own.status, reason(own.body)]).toEqual([403, expect.stringContaining('limit_id')]);
    expect(frozen()).toBe(before);
  });

  it('counts the subtree: a limit on Clients bounds Northwind and Contoso together', async () => {
    const made = await call('POST', '/platform/limits', { body: [{ name: 'Clients total', devices: 6 }] });
    const id = Number(made.body.result?.[0]?.['id']);
    expect((await call('PATCH', '/platform/subaccounts/1003', { body: { limit_id: id } })).status).toBe(200);
    const before = frozen();
    const r = await call('POST', '/gw/devices', { cid: 1004, body: device('Truck 4') });
    expect(r.status).toBe(409);
    expect(reason(r.body)).toContain('Limit "Clients total" of account "Clients" (#1003) allows 6 devices; it holds 6');
    expect(frozen()).toBe(before);
    // A batch counts its own items: two where one fits is refused whole.
    expect((await call('PUT', `/platform/limits/${id}`, { body: { devices: 7 } })).status).toBe(200);
    expect((await call('POST', '/gw/devices', { cid: 1004, body: [...device('A'), ...device('B')] })).status).toBe(409);
    expect((await call('POST', '/gw/devices', { cid: 1004, body: device('A') })).status).toBe(200);
  });

  it('-1 is bounded by the limit above; 0 allows nothing, for tokens and subaccounts too', async () => {
    const made = await call('POST', '/platform/limits', { cid: 1003, body: [{ name: 'No growth', tokens: 0, subaccounts: 0 }] });
    expect(made.body.result?.[0]).toMatchObject({ cid: 1003, devices: -1, tokens: 0, subaccounts: 0 });
    const id = Number(made.body.result?.[0]?.['id']);
    expect((await call('PATCH', '/platform/subaccounts/1004', { body: { limit_id: id } })).status).toBe(200);
    const before = frozen();
    expect((await call('POST', '/platform/subaccounts', { cid: 1004, body: [{ name: 'Child' }] })).status).toBe(409);
    const token = await call('POST', '/platform/tokens', { body: [{ cid: 1004, info: 'x', expire: 0, access: { type: 1, acl: [] } }] });
    expect([token.status, reason(token.body)]).toEqual([
      409,
      expect.stringContaining('Limit "No growth" of account "Northwind Logistics" (#1004) allows 0 tokens'),
    ]);
    expect(frozen()).toBe(before);
  });

  it('a subaccount takes its limit on create, from its parent only', async () => {
    const made = await call('POST', '/platform/subaccounts', { body: [{ name: 'New client', cid: 1003, limit_id: 2 }] });
    expect([made.status, made.body.result?.[0]?.['limit_id']]).toEqual([200, 2]);
    const before = frozen();
    const wrong = await call('POST', '/platform/subaccounts', { body: [{ name: 'Wrong', cid: 1004, limit_id: 2 }] });
    expect([wrong.status, reason(wrong.body)]).toEqual([400, expect.stringContaining('limit_id')]);
    expect(frozen()).toBe(before);
  });

  it('a limit in use cannot be deleted; an unused one can, and its log tells its story', async () => {
    const before = frozen();
    const r = await call('DELETE', '/platform/limits/1');
    expect([r.status, reason(r.body)]).toEqual([409, 'Limit "Support desk" is assigned to 1 subaccount(s); assign them another limit (or none) first.']);
    expect(frozen()).toBe(before);
    expect((await call('PATCH', '/platform/subaccounts/1006', { body: { limit_id: 0 } })).status).toBe(200);
    expect((await call('PUT', '/platform/limits/1', { body: { name: 'Old desk' } })).status).toBe(200);
    expect((await call('DELETE', '/platform/limits/1')).status).toBe(200);
    const logs = await call('GET', '/platform/limits/all/logs');
    expect((logs.body.result ?? []).filter((l) => l['item_id'] === 1).map((l) => l['event'])).toEqual(['deleted', 'updated']);
  });

  it('never a grantee: Support, operating Northwind through a grant, may not define or assign limits there', async () => {
    const key = await masterKey(1006);
    const before = frozen();
    expect((await call('POST', '/platform/limits', { key, cid: 1004, body: [{ name: 'Mine', devices: 1 }] })).status).toBe(403);
    expect((await call('GET', '/platform/limits/all', { key, cid: 1004 })).body.result).toEqual([]);
    expect(frozen()).toBe(before);
  });

  it('assigning: a limit the caller cannot read is absent, one of another account is refused naming the field', async () => {
    const key = await masterKey(1003);
    const before = frozen();
    const hidden = await call('PATCH', '/platform/subaccounts/1004', { key, body: { limit_id: 1 } });
    expect([hidden.status, reason(hidden.body)]).toEqual([404, expect.stringContaining('limit_id')]);
    const foreign = await call('POST', '/platform/limits', { body: [{ name: "Acme's", devices: 1 }] });
    const other = await call('PATCH', '/platform/subaccounts/1004', { body: { limit_id: Number(foreign.body.result?.[0]?.['id']) } });
    expect([other.status, reason(other.body)]).toEqual([400, expect.stringContaining('limit_id')]);
    const none = await call('PATCH', '/platform/subaccounts/1004', { body: { limit_id: 999 } });
    expect(none.status).toBe(404);
    const after = JSON.parse(frozen()) as unknown[];
    expect(JSON.stringify((after[0] as { accounts: unknown }).accounts)).toBe(JSON.stringify((JSON.parse(before)[0] as { accounts: unknown }).accounts));
  });

  it.each([
    [[{ name: '', devices: 1 }], 'name'],
    [[{ name: 'x', devices: -2 }], 'devices'],
    [[{ name: 'x', devices: 1.5 }], 'devices'],
    [[{ name: 'x', trucks: 1 }], 'trucks'],
    [[], 'from 1 to 100'],
  ])('bad input %j is a 400 naming %s, and nothing changes', async (body, field) => {
    const before = frozen();
    const r = await call('POST', '/platform/limits', { body });
    expect(r.status).toBe(400);
    expect(reason(r.body)).toContain(field);
    expect(frozen()).toBe(before);
  });

  it('standard and ACL tokens are refused', async () => {
    const { personaKey } = await import('../../db/demo/personas');
    for (const who of ['northwind-ops', 'toolbox-link'] as const)
      expect((await call('GET', '/platform/limits/all', { key: personaKey(who) })).status).toBe(403);
  });
});
