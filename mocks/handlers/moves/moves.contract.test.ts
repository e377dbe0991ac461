/**
 * Issue 18, moves: `PUT /gw/devices|channels/<sel>/cid`. The right to delete as the account's own and to
 * create in the target; refused across a limit; what names the item follows the module's rule (references
 * of accounts that no longer hold it go). Every refusal leaves the world unchanged.
 */
import { describe, expect, it } from 'vitest';
import { personaKey } from '../../db/demo/personas';
import { getStore } from '../../db/backend';
import { call, frozen, masterKey, reason, serveDemoWorld } from '../limits/test/limitCalls';

serveDemoWorld();
const world = () => getStore().world;

describe('PUT /gw/<type>/<sel>/cid', () => {
  it("moves Reefer 12 from Contoso to Clients: Contoso's grant to Dana and Cold Chain's calc lose it", async () => {
    const dana = personaKey('dana');
    expect((await call('GET', '/gw/devices/312', { key: dana })).status).toBe(200);
    const r = await call('PUT', '/gw/devices/312/cid', { body: 1003 });
    expect(r.status).toBe(200);
    expect(r.body.result?.[0]).toMatchObject({ id: 312, cid: 1003 });
    expect(world().grants.find((g) => g.id === 2)?.items[0]?.ids).toEqual([]);
    expect(world().instances.calcs.find((c) => c.id === 3)?.devices).toEqual([311]);
    expect((await call('GET', '/gw/devices/312', { key: dana })).status).toBe(404);
    const logs = await call('GET', '/gw/devices/312/logs');
    expect(logs.body.result?.[0]).toMatchObject({ event: 'updated', changes: { cid: [1005, 1003] } });
  });

  it('a role assignment scoped to the item follows it where its maker still holds it, and goes elsewhere', async () => {
    // Assignment 4: Contoso's, scoped to Reefer 13. Moved to Contoso's parent (Clients): Contoso holds it no more.
    expect((await call('PUT', '/gw/devices/313/cid', { body: { cid: 1003 } })).status).toBe(200);
    expect(world().roleAssignments.some((a) => a.id === 4)).toBe(false);
  });

  it("a grant shares only its grantor's own: moving the root's channel down takes it out of the root's grant", async () => {
    expect((await call('GET', '/gw/channels/1', { key: personaKey('northwind-ops') })).status).toBe(200);
    expect((await call('PUT', '/gw/channels/1/cid', { body: 1001 })).status).toBe(200);
    expect(world().grants.find((g) => g.id === 1)?.items[0]?.ids).toEqual([]);
    expect((await call('GET', '/gw/channels/1', { key: personaKey('northwind-ops') })).status).toBe(404);
  });

  it('memberships stay in containers of accounts above the new owner and leave the others', async () => {
    const trips = () => world().instances.calcs.find((c) => c.id === 1)?.devices;
    const trucks = () => world().instances.groups.find((g) => g.id === 1)?.devices;
    const depot = await call('POST', '/platform/subaccounts', { cid: 1004, body: [{ name: 'Depot' }] });
    // Down into Northwind's own subaccount: Northwind's group keeps it, Fleet App's calc (not above) loses it.
    expect((await call('PUT', '/gw/devices/301/cid', { body: depot.body.result?.[0]?.['id'] })).status).toBe(200);
    expect([trucks(), trips()]).toEqual([[301, 302, 303], [302]]);
    // Up to Clients: Northwind is no longer above it, its group loses it.
    expect((await call('PUT', '/gw/devices/301/cid', { body: 1003 })).status).toBe(200);
    expect(trucks()).toEqual([302, 303]);
  });

  it('refused across a limit, naming it: Support may hold no devices', async () => {
    const before = frozen();
    const r = await call('PUT', '/gw/devices/312/cid', { body: 1006 });
    expect([r.status, reason(r.body)]).toEqual([409, expect.stringContaining('Limit "Support desk" of account "Support" (#1006) allows 0 devices')]);
    expect(frozen()).toBe(before);
  });

  it('a limit of an account above both the old and the new owner does not count the item twice', async () => {
    const made = await call('POST', '/platform/limits', { body: [{ name: 'Clients at 6', devices: 6 }] });
    expect((await call('PATCH', '/platform/subaccounts/1003', { body: { limit_id: made.body.result?.[0]?.['id'] } })).status).toBe(200);
    expect((await call('PUT', '/gw/devices/312/cid', { body: 1004 })).status).toBe(200);
    const before = frozen();
    expect((await call('PUT', '/gw/devices/100/cid', { body: 1004 })).status).toBe(409);
    expect(frozen()).toBe(before);
  });

  it.each([
    ['a grantee with edit (Dana on Reefer 12)', 'dana', '/gw/devices/312/cid', 1007, 403],
    ['a standard token into an account outside its branch', 'northwind-ops', '/gw/devices/301/cid', 1005, 404],
    ['an item the caller cannot read', 'northwind-ops', '/gw/devices/311/cid', 1004, 404],
  ] as const)('refuses %s, changing nothing', async (_, who, path, target, status) => {
    const before = frozen();
    expect((await call('PUT', path, { key: personaKey(who), body: target })).status).toBe(status);
    expect(frozen()).toBe(before);
  });

  it('a grantee operating an account may not take its devices away (operate-as gives no own right)', async () => {
    const key = await masterKey(1006);
    const before = frozen();
    expect([403, 404]).toContain((await call('PUT', '/gw/devices/301/cid', { key, cid: 1004, body: 1006 })).status);
    expect([403, 404]).toContain((await call('PUT', '/gw/devices/301/cid', { key, body: 1006 })).status);
    expect(frozen()).toBe(before);
  });

  it.each([['"x"'], [{ cid: 'x' }], [{ account: 1004 }], [0], [-3]])('bad body %j is a 400 naming cid', async (body) => {
    const before = frozen();
    const r = await call('PUT', '/gw/devices/312/cid', { body: typeof body === 'string' ? JSON.parse(body) : body });
    expect(r.status).toBe(400);
    expect(reason(r.body)).toContain('cid');
    expect(frozen()).toBe(before);
  });
});

describe('POST /platform/access/preview {move}', () => {
  it('says who loses before the click, and the move does what it said: Dana loses Reefer 12', async () => {
    const before = frozen();
    const r = await call('POST', '/platform/access/preview', { body: { move: { type: 'devices', id: 312, cid: 1003 } } });
    expect(r.status).toBe(200);
    expect(frozen()).toBe(before);
    const dana = r.body.result?.find((d) => d['cid'] === 1007);
    expect(dana?.['lines']).toEqual([expect.stringMatching(/^Dana \(supporter\).* loses .*Reefer 12.*moving “Reefer 12” to Clients/)]);
    expect((await call('PUT', '/gw/devices/312/cid', { body: 1003 })).status).toBe(200);
    expect((await call('GET', '/gw/devices/312', { key: personaKey('dana') })).status).toBe(404);
  });

  it("names the tokens whose access list loses the item: Northwind's Toolbox link and NW Truck 1", async () => {
    const r = await call('POST', '/platform/access/preview', { body: { move: { type: 'devices', id: 301, cid: 1003 } } });
    const lines = (r.body.result ?? []).flatMap((d) => d['lines'] as string[]);
    expect(lines).toContain('Token “Toolbox link” of Northwind Logistics no longer lists “NW Truck 1” in its access list.');
    expect((await call('PUT', '/gw/devices/301/cid', { body: 1003 })).status).toBe(200);
    expect(world().tokens.find((t) => t.id === 4)?.access.acl[0]?.ids).toEqual([302]);
  });

  it('is refused as the move would be, changing nothing', async () => {
    const northwind = await masterKey(1004);
    const before = frozen();
    const limit = await call('POST', '/platform/access/preview', { body: { move: { type: 'devices', id: 312, cid: 1006 } } });
    expect([limit.status, reason(limit.body)]).toEqual([409, expect.stringContaining('Support desk')]);
    expect((await call('POST', '/platform/access/preview', { key: northwind, body: { move: { type: 'devices', id: 312, cid: 1004 } } })).status).toBe(404);
    expect((await call('POST', '/platform/access/preview', { body: { move: { type: 'groups', id: 1, cid: 1004 } } })).status).toBe(400);
    expect(frozen()).toBe(before);
  });
});
