/**
 * Issue 22, items 6 and 7: every write path takes `If-Match` (a stale revision is a 409 that changes
 * nothing), every change bumps the record's revision whichever path made it, and every path that blocks
 * an account or ends a grant goes through the lock-out guard and leaves an audit record.
 */
import { describe, expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import { getStore } from '../db/backend';
import { eachServing, servedAt } from './test/transports';

type Row = Record<string, unknown>;
type Body = { result?: Row[]; errors?: Array<{ code: number; reason: string }> };
interface Call {
  key?: string;
  cid?: number;
  ifMatch?: string;
  body?: unknown;
}

async function call(method: string, path: string, c: Call = {}) {
  const headers: Record<string, string> = { authorization: `FlespiToken ${c.key ?? personaKey('acme-admin')}`, 'content-type': 'application/json' };
  if (c.cid !== undefined) headers['x-flespi-cid'] = String(c.cid);
  if (c.ifMatch !== undefined) headers['if-match'] = c.ifMatch;
  const res = await fetch(`${servedAt()}${path}`, { method, headers, body: c.body === undefined ? undefined : JSON.stringify(c.body) });
  return { status: res.status, body: (await res.json()) as Body };
}

/** World, logs and revisions, without tokens' `accessed` (every use of a token moves it on purpose). */
function everything(): string {
  const s = getStore().snapshot();
  return JSON.stringify({ ...s, world: { ...s.world, tokens: s.world.tokens.map(({ accessed: _a, ...t }) => t) } });
}

const rev = (type: string, id: number) => getStore().rev(type, id);

/** Each write path, with the record whose revision guards it. */
const WRITES: Array<{ name: string; method: string; path: string; body?: unknown; cid?: number; guards: [string, number] }> = [
  { name: 'PATCH a device', method: 'PATCH', path: '/gw/devices/301', body: { name: 'Renamed' }, guards: ['devices', 301] },
  { name: 'PUT a device', method: 'PUT', path: '/gw/devices/301', body: { name: 'Renamed' }, guards: ['devices', 301] },
  { name: 'DELETE a device', method: 'DELETE', path: '/gw/devices/303', guards: ['devices', 303] },
  { name: 'add a group member', method: 'POST', path: '/gw/groups/1/devices/311', guards: ['groups', 1] },
  { name: 'remove a group member', method: 'DELETE', path: '/gw/groups/1/devices/301', guards: ['groups', 1] },
  { name: 'link a grantee', method: 'POST', path: '/platform/grants/1/subaccounts/1005', guards: ['grants', 1] },
  { name: 'unlink a grantee', method: 'DELETE', path: '/platform/grants/2/subaccounts/1007', guards: ['grants', 2] },
  { name: 'PATCH a token', method: 'PATCH', path: '/platform/tokens/2', body: { info: 'x' }, guards: ['tokens', 2] },
  { name: 'DELETE a role assignment', method: 'DELETE', path: '/platform/role-assignments/3', guards: ['role-assignments', 3] },
  { name: 'PUT a limit (issue 18)', method: 'PUT', path: '/platform/limits/2', body: { name: 'Clients plus' }, guards: ['limits', 2] },
  { name: 'move a device (issue 18)', method: 'PUT', path: '/gw/devices/312/cid', body: { cid: 1003 }, guards: ['devices', 312] },
  {
    name: 'rename the acting account (customer)',
    method: 'PUT',
    path: '/platform/customer',
    body: { name: 'Northwind Ltd' },
    cid: 1004,
    guards: ['subaccounts', 1004],
  },
  { name: 'rename a subaccount', method: 'PATCH', path: '/platform/subaccounts/1004', body: { name: 'Northwind Ltd' }, guards: ['subaccounts', 1004] },
];

eachServing('write guards', () => {
  describe('If-Match on every write', () => {
    for (const w of WRITES) {
      it(`${w.name}: a stale revision is 409 and changes nothing; the current one applies and bumps it`, async () => {
        const [type, id] = w.guards;
        const before = everything();
        const current = rev(type, id);
        const stale = await call(w.method, w.path, { body: w.body, cid: w.cid, ifMatch: String(current + 1) });
        expect(stale.status).toBe(409);
        expect(stale.body.errors?.[0]?.reason).toMatch(/changed since you loaded it/);
        expect(everything()).toBe(before);

        const fresh = await call(w.method, w.path, { body: w.body, cid: w.cid, ifMatch: `"${current}"` });
        expect(fresh.status, JSON.stringify(fresh.body.errors)).toBe(200);
        if (w.method !== 'DELETE' || type !== 'devices') expect(rev(type, id)).toBe(current + 1);
      });
    }

    it('a malformed If-Match is a 400 naming the header, and changes nothing', async () => {
      const before = everything();
      const r = await call('PATCH', '/gw/devices/301', { body: { name: 'x' }, ifMatch: 'yesterday' });
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.reason).toMatch(/^If-Match/);
      expect(everything()).toBe(before);
    });

    it('a rename through /platform/customer bumps the revision /platform/subaccounts shows, so a stale PATCH loses', async () => {
      const loaded = (await call('GET', '/platform/subaccounts/1004')).body.result?.[0]?.rev;
      expect((await call('PUT', '/platform/customer', { cid: 1004, body: { name: 'Northwind Ltd' } })).status).toBe(200);
      const customer = (await call('GET', '/platform/customer', { cid: 1004 })).body.result?.[0];
      expect(customer?.rev).toBe(Number(loaded) + 1);
      const stale = await call('PATCH', '/platform/subaccounts/1004', { body: { name: 'Northwind (old tab)' }, ifMatch: String(loaded) });
      expect(stale.status).toBe(409);
      expect(getStore().world.accounts.find((a) => a.id === 1004)?.name).toBe('Northwind Ltd');
    });
  });

  describe('the lock-out guard on every path, with an audit record', () => {
    it('the root account can never be blocked through /platform/customer, confirmed or not', async () => {
      const before = everything();
      for (const path of ['/platform/customer', '/platform/customer?confirm=lockout']) {
        const r = await call('PUT', path, { body: { blocked: true } });
        expect(r.status, path).toBe(409);
        expect(r.body.errors?.[0]?.reason).toMatch(/root account/);
      }
      expect(everything()).toBe(before);
    });

    it('blocking the account one acts as asks for confirmation, then is applied and logged with what changed', async () => {
      const before = everything();
      const asked = await call('PUT', '/platform/customer', { cid: 1004, body: { blocked: true } });
      expect(asked.status).toBe(409);
      expect(asked.body.errors?.[0]?.reason).toMatch(/confirm=lockout/);
      expect(everything()).toBe(before);

      const done = await call('PUT', '/platform/customer?confirm=lockout', { cid: 1004, body: { blocked: true } });
      expect(done.status).toBe(200);
      const log = getStore().logs.at(-1);
      expect(log).toMatchObject({ item_type: 'customer', item_id: 1004, event: 'updated', changes: { blocked: [false, true] } });
    });
  });
});
