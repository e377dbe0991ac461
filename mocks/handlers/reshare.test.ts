/**
 * Issue 22, item 5: no re-share by any path. In the demo world Support (1006) operates Northwind (1004)
 * through grant 5. What Support holds only through that grant it may use, never hand to a third account
 * (Dana, 1007) by a grant, a role assignment, a custom role or a token: not from its own account, not while
 * acting as Northwind. Records it makes while acting as Northwind are Northwind's and stay when the grant
 * ends: Northwind's owners read and remove them, Support no longer reaches them.
 */
import { describe, expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import { getStore } from '../db/backend';
import { eachServing, servedAt } from './test/transports';

type Row = Record<string, unknown>;
type Body = { result?: Row[]; errors?: Array<{ code: number; reason: string }> };

async function call(method: string, path: string, c: { key?: string; cid?: number; body?: unknown } = {}) {
  const headers: Record<string, string> = { authorization: `FlespiToken ${c.key ?? personaKey('acme-admin')}`, 'content-type': 'application/json' };
  if (c.cid !== undefined) headers['x-flespi-cid'] = String(c.cid);
  const res = await fetch(`${servedAt()}${path}`, { method, headers, body: c.body === undefined ? undefined : JSON.stringify(c.body) });
  return { status: res.status, body: (await res.json()) as Body };
}

/** The records that pass rights on (tokens by id: every use of a token moves its `accessed`). */
function world(): string {
  const w = getStore().snapshot().world;
  return JSON.stringify([w.grants, w.roleAssignments, w.roles, w.tokens.map((t) => t.id)]);
}

/** A master token of Support (1006), made by Acme's admin. */
async function supportKey(): Promise<string> {
  const made = await call('POST', '/platform/tokens', {
    body: [{ cid: 1006, info: 'Support master', expire: Math.floor(Date.now() / 1000) + 3600, access: { type: 1, acl: [] } }],
  });
  expect(made.status).toBe(200);
  return String(made.body.result?.[0]?.key);
}

const expire = () => Math.floor(Date.now() / 1000) + 3600;
/** Each path that passes rights on, as a draft naming the account it is made in (`cid`). */
const PATHS = (cid: number) => [
  {
    name: 'a role assignment for Dana over Northwind',
    path: '/platform/role-assignments',
    body: { cid, role_id: 3, subject_cid: 1007, scope: '/accounts/1004', expire: 0 },
  },
  {
    name: "a grant of Northwind's truck to Dana",
    path: '/platform/grants',
    body: { cid, name: 'x', items: [{ type: 'devices', ids: [301], access: ['read'] }], subaccounts: [1007], expire: 0, enabled: true },
  },
  { name: 'a custom role in Northwind', path: '/platform/roles', body: { cid, name: 'x', description: '', permissions: ['devices:read'] } },
  { name: 'a token of Northwind', path: '/platform/tokens', body: { cid, info: 'x', expire: expire(), access: { type: 1, acl: [] } } },
];

eachServing('no re-share', () => {
  describe("from the grantee's own account", () => {
    // In Support's own account a custom role or a token carries only Support's own rights (a token of
    // Support acts as Northwind only while the grant lasts): those two are re-share paths in Northwind only.
    for (const [where, cid] of [
      ['stored in Northwind', 1004],
      ['stored in Support', 1006],
    ] as const)
      for (const w of PATHS(cid).filter((x) => cid === 1004 || x.path.endsWith('grants') || x.path.endsWith('role-assignments')))
        it(`refuses ${w.name}, ${where}, and changes nothing`, async () => {
          const key = await supportKey();
          const before = world();
          const r = await call('POST', w.path, { key, body: [w.body] });
          expect(r.status, JSON.stringify(r.body)).toBe(403);
          expect(world()).toBe(before);
        });

    it('still passes on what it holds as its own (a role for Dana within its own branch)', async () => {
      const key = await supportKey();
      const r = await call('POST', '/platform/role-assignments', {
        key,
        body: [{ cid: 1006, role_id: 3, subject_cid: 1007, scope: '/accounts/1007', expire: 0 }],
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    });
  });

  describe('acting as Northwind through operate-as', () => {
    for (const w of PATHS(1004))
      it(`refuses ${w.name} with the reason, and changes nothing`, async () => {
        const key = await supportKey();
        const before = world();
        const r = await call('POST', w.path, { key, cid: 1004, body: [w.body] });
        expect(r.status).toBe(403);
        expect(r.body.errors?.[0]?.reason).toMatch(/through a grant.*Ask the account's owner/);
        expect(world()).toBe(before);
      });

    it("refuses changing Northwind's role assignment, but lets it be removed", async () => {
      const key = await supportKey();
      const changed = await call('PATCH', '/platform/role-assignments/3', { key, cid: 1004, body: { expire: 0 } });
      expect(changed.status).toBe(403);
      expect(changed.body.errors?.[0]?.reason).toMatch(/through a grant.*Ask the account's owner/);
      expect((await call('DELETE', '/platform/role-assignments/3', { key, cid: 1004 })).status).toBe(200);
    });

    it("shows Northwind's assignment without update (the panel offers no edit), with delete", async () => {
      const key = await supportKey();
      const r = await call('GET', '/platform/access/1004?type=role-assignments', { key, cid: 1004 });
      const entry = r.body.result?.find((e) => e.id === 3);
      expect(entry?.permissions).toEqual(expect.arrayContaining(['read', 'delete']));
      expect(entry?.permissions).not.toContain('update');
    });

    it('offers none of them: no account to create them in, no token kinds', async () => {
      const key = await supportKey();
      for (const type of ['tokens', 'grants', 'roles', 'role-assignments'])
        expect((await call('GET', `/platform/access/1004/create/${type}`, { key, cid: 1004 })).body.result).toEqual([]);
      expect((await call('GET', '/platform/access/1004/token-kinds', { key, cid: 1004 })).body.result).toEqual([]);
      expect((await call('GET', '/platform/access/1006/create/grants', { key })).body.result).not.toContain(1004);
      expect((await call('GET', '/platform/access/1004/create/devices', { key, cid: 1004 })).body.result).toContain(1004);
    });
  });

  describe('records made while operating as Northwind', () => {
    for (const end of ['disabled', 'deleted'] as const)
      it(`belong to Northwind and stay when the grant is ${end}: its owners read and remove them, Support no longer reaches them`, async () => {
        const key = await supportKey();
        const dev = await call('POST', '/gw/devices', { key, cid: 1004, body: [{ name: 'Made by support', device_type_id: 1 }] });
        const sub = await call('POST', '/platform/subaccounts', { key, cid: 1004, body: [{ name: 'Made by support' }] });
        expect([dev.status, sub.status]).toEqual([200, 200]);
        const devId = Number(dev.body.result?.[0]?.id);
        const subId = Number(sub.body.result?.[0]?.id);
        expect(dev.body.result?.[0]?.cid).toBe(1004);
        expect(sub.body.result?.[0]?.cid).toBe(1004);

        const ended =
          end === 'disabled'
            ? await call('PATCH', '/platform/grants/5?confirm=lockout', { body: { enabled: false } })
            : await call('DELETE', '/platform/grants/5?confirm=lockout');
        expect(ended.status, JSON.stringify(ended.body)).toBe(200);

        expect((await call('GET', `/gw/devices/${devId}`, { key, cid: 1004 })).status).toBe(403);
        expect((await call('GET', `/gw/devices/${devId}`, { key })).status).toBe(404);
        expect((await call('GET', `/platform/subaccounts/${subId}`, { key })).status).toBe(404);
        expect((await call('GET', `/gw/devices/${devId}`, { key: personaKey('northwind-ops') })).body.result?.[0]?.cid).toBe(1004);
        expect((await call('GET', `/platform/subaccounts/${subId}`)).status).toBe(200);
        expect((await call('DELETE', `/gw/devices/${devId}`)).status).toBe(200);
        expect((await call('DELETE', `/platform/subaccounts/${subId}`)).status).toBe(200);
      });
  });
});
