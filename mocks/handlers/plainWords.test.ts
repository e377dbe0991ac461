/** Issue 20: previews, "why not?" and "my access" answered in names and plain words (demo world). */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import type { Persona } from '../db/demo/personas';
import { resetMockWorld, server } from '../node';

const BASE = 'http://api.test';
type Row = Record<string, unknown>;
type Body = { result?: Row[]; errors?: Array<{ code: number; reason: string }> };

async function call(who: Persona['id'], path: string, body?: unknown) {
  const init: RequestInit = { headers: { authorization: `FlespiToken ${personaKey(who)}`, 'content-type': 'application/json' } };
  const res = await fetch(`${BASE}${path}`, body === undefined ? init : { ...init, method: 'POST', body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Body };
}
const DAY = 86_400;
const now = () => Math.floor(Date.now() / 1000);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => void resetMockWorld());
afterAll(() => server.close());

describe('preview in plain words', () => {
  it('names the levels, the items, the end and the typed name', async () => {
    const expire = now() + 7 * DAY;
    const grant = {
      name: 'Reefer 13 for Dana',
      cid: 1005,
      items: [{ type: 'devices', ids: [313], access: ['read', 'edit'] }],
      subaccounts: [1007],
      expire,
      enabled: true,
    };
    const r = await call('acme-admin', '/platform/access/preview', { grant });
    expect(r.status).toBe(200);
    const lines = r.body.result?.[0]?.['lines'];
    expect(lines).toEqual([
      expect.stringMatching(
        /^Dana \(supporter\) gains read, edit and logs on device “Reefer 13”, until \d{4}-\d\d-\d\d \d\d:\d\d UTC, through the new grant “Reefer 13 for Dana”\.$/,
      ),
    ]);
  });
  it('says what already gives it when nothing changes', async () => {
    const grant = { name: 'again', cid: 1005, items: [{ type: 'devices', ids: [312], access: ['read'] }], subaccounts: [1007], expire: 0, enabled: true };
    const r = await call('acme-admin', '/platform/access/preview', { grant });
    expect(r.body.result?.[0]?.['lines']).toEqual([
      expect.stringMatching(
        /^No change for Dana \(supporter\): already has read, edit and logs on device “Reefer 12” through grant “Reefer 12 support for Dana”: read, edit, until /,
      ),
    ]);
  });
});

describe('why not, with the nearest blocker', () => {
  it("names Dana's expired contributor assignment on Contoso and offers Extend to the Acme admin", async () => {
    const r = await call('acme-admin', '/platform/access/1007/why?type=devices&id=311');
    const why = r.body.result?.[0];
    expect(why?.['allowed']).toBe(false);
    expect(why?.['blocker']).toMatchObject({ kind: 'expired-assignment', type: 'role-assignments', id: 2, restore: 'extend', mayRestore: true });
    expect(why?.['explanation']).toContain('Nearest: the assignment of role “contributor” for Dana (supporter) on account Contoso Foods and below ended');
  });
  it('names grants by name and end in reasons', async () => {
    const r = await call('acme-admin', '/platform/access/1007/why?type=devices&id=312');
    expect(r.body.result?.[0]?.['rules']).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'grant', grantId: 2, name: 'Reefer 12 support for Dana' })]),
    );
  });
});

describe('GET /platform/access/<cid>/mine', () => {
  it('Northwind ops: what is shared with Northwind, by whom, and why it cannot manage access', async () => {
    const r = await call('northwind-ops', '/platform/access/1004/mine');
    expect(r.status).toBe(200);
    const mine = r.body.result?.[0] as { received: Row[]; limits: Row[]; account: Row; token: Row };
    expect(mine.account).toEqual({ id: 1004, name: 'Northwind Logistics' });
    expect(mine.received.map((x) => [x['name'], (x['from'] as Row)['name']])).toEqual([
      ['Main Teltonika for Northwind', 'Acme Telematics'],
      ['Fleet app calcs for Northwind', 'Fleet App'],
    ]);
    expect(mine.limits.map((l) => l['why']).join(' ')).toMatch(/Only a master token.*cannot be passed on/);
  });
  it('is about the caller only', async () => {
    expect((await call('northwind-ops', '/platform/access/1005/mine')).status).toBe(404);
  });
  it('an ACL token learns only its access list, by name', async () => {
    const r = await call('toolbox-link', '/platform/access/1004/mine');
    const mine = r.body.result?.[0] as { received: Row[]; token: { acl: string[] } };
    expect(mine.received).toEqual([]);
    expect(mine.token.acl[0]).toMatch(/^read on devices “NW Truck 1” and “NW Truck 2”, with logs and every other submodule alike$/);
  });
});

describe('GET /platform/access/<cid>/names', () => {
  const names = async (who: Persona['id'], cid: number) => (await call(who, `/platform/access/${cid}/names`)).body.result?.map((a) => a['name']);
  it('a standard token knows who shares with its account (grantors, an assignment’s maker and scope)', async () => {
    expect(await names('dana', 1007)).toEqual(['Acme Telematics', 'Northwind Logistics', 'Contoso Foods', 'Dana (supporter)']);
    expect(await names('northwind-ops', 1004)).toEqual(['Acme Telematics', 'Fleet App', 'Northwind Logistics']);
  });
  it('an ACL token knows only what it reads; the root’s master token every account', async () => {
    expect(await names('toolbox-link', 1004)).toEqual(['Northwind Logistics']);
    expect(await names('acme-admin', 1000)).toHaveLength(9);
  });
  it('is about the caller only', async () => {
    expect((await call('dana', '/platform/access/1005/names')).status).toBe(404);
  });
});
