/** Contract and bad-input tests of the explorer's `/platform/access/*` additions (ours; NOTES-team.md). */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import type { Persona } from '../db/demo/personas';
import { getStore } from '../db/backend';
import { resetMockWorld, server } from '../node';
import { accountPrincipal, buildAccessIndex } from '../../src/permissions';

const BASE = 'http://api.test';
type Row = Record<string, unknown>;
type Body = { result?: Row[]; errors?: Array<{ code: number; reason: string }>; pagination?: { count: number; limit: number; offset: number } };

async function get(who: Persona['id'], path: string) {
  const res = await fetch(`${BASE}${path}`, { headers: { authorization: `FlespiToken ${personaKey(who)}` } });
  return { status: res.status, body: (await res.json()) as Body };
}
const ids = (b: Body) => (b.result ?? []).map((r) => r.id);
const worldJson = () => JSON.stringify({ ...getStore().snapshot().world, tokens: getStore().world.tokens.map(({ accessed: _a, ...t }) => t) });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => void resetMockWorld());
afterAll(() => server.close());

describe('GET /platform/access/<cid>: explorer filters and paging', () => {
  it('an account as such, equal to the permission module', async () => {
    const r = await get('acme-admin', '/platform/access/1007?type=devices');
    expect(r.status).toBe(200);
    const ix = buildAccessIndex(getStore().world);
    const expected = ix.accountAccess(1007, 'devices', Math.floor(Date.now() / 1000)).map((e) => e.id);
    expect(ids(r.body)).toEqual(expected);
    const reefer = r.body.result?.find((e) => e.id === 312);
    expect(reefer).toMatchObject({ name: 'Reefer 12', permissions: expect.arrayContaining(['read', 'update', 'logs']) });
  });
  it('filters by source and permission, and pages with a count of the filtered rows', async () => {
    const grant = await get('acme-admin', '/platform/access/1007?type=devices&source=grant');
    expect(ids(grant.body)).toEqual([312]);
    const role = await get('acme-admin', '/platform/access/1007?type=devices&source=role');
    expect(ids(role.body)).toEqual([301, 302, 303]);
    const update = await get('acme-admin', '/platform/access/1007?type=devices&permission=update');
    expect(ids(update.body)).toEqual([312]);
    const page = await get('acme-admin', '/platform/access/1007?type=devices&limit=2&offset=1');
    expect(page.body.pagination).toEqual({ limit: 2, offset: 1, count: 4 });
    expect(page.body.result).toHaveLength(2);
    const named = await get('acme-admin', '/platform/access/1007?type=devices&q=reefer');
    expect(ids(named.body)).toEqual([312]);
  });
  it('operate-as is a source of its own (Support over Northwind)', async () => {
    const r = await get('acme-admin', '/platform/access/1006?type=devices&source=operate-as');
    expect(ids(r.body)).toEqual([301, 302, 303]);
  });
  it('an ACL token: every entry names the access list that lets it through', async () => {
    const r = await get('acme-admin', '/platform/access/1000?type=devices&token=5&source=acl');
    expect(ids(r.body)).toEqual([311, 312, 313, 321]); // 321: Cold Chain Lab, read via grant 4
    expect(r.body.result?.[0]?.acl).toBe(
      'access list: read on every device its account reaches, with only the messages (read) and telemetry (read) submodules, not logs',
    );
  });
  it('acting=: the subject acting as another account it may act as', async () => {
    const r = await get('acme-admin', '/platform/access/1006?type=devices&acting=1004');
    expect(ids(r.body)).toEqual([301, 302, 303]);
  });
  it.each([
    ['source', '/platform/access/1007?type=devices&source=magic', /"source"/],
    ['permission', '/platform/access/1007?type=devices&permission=fly', /"permission"/],
    ['limit', '/platform/access/1007?type=devices&limit=-1', /"limit"/],
    ['acting not actable', '/platform/access/1007?type=devices&acting=1004', /"acting"/],
    ['acting not a number', '/platform/access/1007?type=devices&acting=x', /"acting"/],
    ['token not a number', '/platform/access/1000?type=devices&token=1;2', /"token"/],
    ['type', '/platform/access/1007?type=planes', /"type"/],
  ])('400 naming the parameter: %s', async (_n, path, reason) => {
    const r = await get('acme-admin', path);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.reason).toMatch(reason);
  });
});

describe('GET /platform/access/<cid>/why', () => {
  it('explains a refusal of an item the subject cannot reach, with the module text', async () => {
    const before = worldJson();
    const r = await get('acme-admin', '/platform/access/1007/why?type=devices&id=313');
    expect(r.status).toBe(200);
    expect(r.body.result?.[0]).toMatchObject({ allowed: false, status: 404, code: 'not-visible' });
    expect(r.body.result?.[0]).toMatchObject({ subject: 'Dana (supporter)', name: 'Reefer 13' });
    // In words and names: the status and the code are fields of their own, not in the sentence.
    expect(r.body.result?.[0]?.explanation).toMatch(/^Dana \(supporter\) cannot see Reefer 13: it is outside its own branch, and no grant/);
    expect(r.body.result?.[0]?.explanation).not.toMatch(/404|not-visible|#313|devices/);
    expect(worldJson()).toBe(before);
  });
  it('and an allowed one with its rules; equal to the module decision', async () => {
    const r = await get('acme-admin', '/platform/access/1007/why?type=devices&id=312&action=update');
    const ix = buildAccessIndex(getStore().world);
    const d = ix.decide(accountPrincipal(1007, Math.floor(Date.now() / 1000)), { action: 'update', type: 'devices', id: 312 });
    expect(r.body.result?.[0]).toMatchObject({ allowed: true, status: 200, rules: JSON.parse(JSON.stringify(d.rules)) });
  });
  it('an ACL token outside its list is refused by the list', async () => {
    const r = await get('acme-admin', '/platform/access/1000/why?type=devices&id=301&token=4');
    expect(r.body.result?.[0]).toMatchObject({ allowed: true });
    const out = await get('acme-admin', '/platform/access/1000/why?type=devices&id=303&token=4');
    expect(out.body.result?.[0]).toMatchObject({ allowed: false, code: 'acl-id' });
    expect(out.body.result?.[0]?.explanation).toMatch(/^Token “[^”]+” cannot see [^:#]+: its access list does not include it\./);
  });
  it.each([
    ['no id', '/platform/access/1007/why?type=devices', 400, /"id"/],
    ['id zero', '/platform/access/1007/why?type=devices&id=0', 400, /"id"/],
    ['id text', '/platform/access/1007/why?type=devices&id=abc', 400, /"id"/],
    ['bad action', '/platform/access/1007/why?type=devices&id=312&action=create', 400, /"action"/],
    ['bad type', '/platform/access/1007/why?type=x&id=312', 400, /"type"/],
    ['unknown item', '/platform/access/1007/why?type=devices&id=99999', 404, /No devices with id 99999/],
    ['unknown token', '/platform/access/1000/why?type=devices&id=312&token=999', 404, /No token/],
    ['foreign account', '/platform/access/777/why?type=devices&id=312', 404, /No account/],
  ])('%s', async (_n, path, status, reason) => {
    const r = await get('acme-admin', path);
    expect(r.status).toBe(status);
    expect(r.body.errors?.[0]?.reason).toMatch(reason);
  });
  it('is for master tokens only; an item hidden from the caller is 404', async () => {
    expect((await get('dana', '/platform/access/1007/why?type=devices&id=312')).status).toBe(403);
    const r = await get('acme-admin', '/platform/access/1000/why?type=devices&id=312');
    expect(r.status).toBe(200);
  });
});

describe('GET /platform/access/<cid>/who/<type>/<id>', () => {
  it("device 312: Dana's account with read + update via grant 2, equal to the module", async () => {
    const r = await get('acme-admin', '/platform/access/1000/who/devices/312');
    expect(r.status).toBe(200);
    const who = r.body.result?.[0] as {
      accounts: Array<{ cid: number; permissions: string[]; rules: Array<Record<string, unknown>> }>;
      tokens: Array<{ id: number }>;
    };
    const ix = buildAccessIndex(getStore().world);
    const expected = ix.whoHasAccess('devices', 312, Math.floor(Date.now() / 1000));
    expect(who.accounts.map((a) => a.cid)).toEqual(expected.accounts.map((a) => a.cid));
    expect(who.tokens.map((t) => t.id)).toEqual(expected.tokens.map((t) => t.tokenId));
    const dana = who.accounts.find((a) => a.cid === 1007);
    expect(dana?.permissions).toEqual(expect.arrayContaining(['read', 'update', 'logs']));
    expect(dana?.rules).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'grant', grantId: 2 })]));
  });
  it('a caller lower in the tree sees only accounts and tokens it may see; the others are absent, not counted', async () => {
    const contosoAdmin = 'CONTOSOxADMINxKEYx0000000000000000000000000000000000000000000008';
    const res = await fetch(`${BASE}/platform/access/1005/who/devices/312`, { headers: { authorization: `FlespiToken ${contosoAdmin}` } });
    const body = (await res.json()) as Body;
    const who = body.result?.[0] as Record<string, unknown> & { accounts: Array<{ cid: number }> };
    expect(res.status).toBe(200);
    expect(who.accounts.map((a) => a.cid)).toEqual([1005]);
    expect(Object.keys(who)).not.toContain('hidden_accounts');
    expect(Object.keys(who)).not.toContain('hidden_tokens');
  });
  it.each([
    ['standard token', 'dana', '/platform/access/1007/who/devices/312', 403],
    ['hidden item', 'acme-admin', '/platform/access/1000/who/devices/424242', 404],
    ['bad type', 'acme-admin', '/platform/access/1000/who/planes/1', 400],
    ['bad id', 'acme-admin', '/platform/access/1000/who/devices/1e3', 400],
    ['zero id', 'acme-admin', '/platform/access/1000/who/devices/0', 400],
    ['bad account', 'acme-admin', '/platform/access/abc/who/devices/312', 400],
  ] as const)('%s', async (_n, who, path, status) => {
    const before = worldJson();
    expect((await get(who, path)).status).toBe(status);
    expect(worldJson()).toBe(before);
  });
});
