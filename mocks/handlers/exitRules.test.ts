/**
 * Issue 22 regressions on the demo world, through msw/node and real HTTP (`npm run api`): one exit for data,
 * self-only introspection, previews.
 */
import { describe, expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import type { Persona } from '../db/demo/personas';
import { getStore } from '../db/backend';
import { handlers } from './index';
import { isProjected } from './route';
import { eachServing, servedAt } from './test/transports';

const CONTOSO_ADMIN = 'CONTOSOxADMINxKEYx0000000000000000000000000000000000000000000008';
type Body = { result?: Array<Record<string, unknown>>; errors?: Array<{ code: number; reason: string }> };

async function call(who: Persona['id'] | string, method: string, path: string, body?: unknown) {
  const key = who.length === 64 ? who : personaKey(who as Persona['id']);
  const res = await fetch(`${servedAt()}${path}`, {
    method,
    headers: { authorization: `FlespiToken ${key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
}
const worldJson = () => JSON.stringify({ ...getStore().snapshot().world, tokens: getStore().world.tokens.map(({ accessed: _a, ...t }) => t) });

describe('one exit for data: the route table', () => {
  it('every handler of the route table answers through the projection (route), but those that answer no record', () => {
    const info = handlers.map((h) => h.info as { method?: unknown; path?: unknown });
    const unprojected = info.filter((i) => typeof i.method === 'string' && typeof i.path === 'string' && !isProjected(i.method, i.path));
    // /auth/info answers the calling token about itself (projected over its own view, not through route); /openapi.json the dialect's document.
    expect(unprojected.map((i) => String(i.path)).filter((p) => p !== '*/auth/info' && !p.endsWith('/openapi.json'))).toEqual([]);
  });
});

eachServing('issue 22 regressions', () => {
  describe('one exit for data', () => {
    it('a container shows only member devices the reader may read, to a grantee and to its owner alike', async () => {
      // Calc 2 "Fuel usage" (Fleet App) holds NW Truck 1 (301) and Reefer 11 (311); Northwind reads it by grant 3.
      const calc = await call('northwind-ops', 'GET', '/gw/calcs/2');
      expect(calc.body.result?.[0]?.['devices']).toEqual([301]);
      // Fleet App's own master token (token 7) reads neither device.
      const own = await call('FLEETAPPxINTEGRATIONxKEYx000000000000000000000000000000000000007', 'GET', '/gw/calcs/2');
      expect(own.body.result?.[0]?.['devices']).toEqual([]);
    });

    it('log records carry only member ids the reader may read ("linked" included)', async () => {
      expect((await call('acme-admin', 'POST', '/gw/groups/1/devices/311')).status).toBe(200);
      const logs = await call('northwind-ops', 'GET', '/gw/groups/1/logs');
      const linked = logs.body.result?.find((l) => l['event'] === 'linked');
      expect(linked?.['changes']).toEqual({
        devices: [
          [301, 302, 303],
          [301, 302, 303],
        ],
      });
      expect(JSON.stringify(logs.body)).not.toContain('311');
    });

    it('a delete reports only the dropped references the caller may read', async () => {
      // The root scopes an assignment (its own record, hidden from Contoso) to Reefer 12; Contoso deletes the device.
      const made = await call('acme-admin', 'POST', '/platform/role-assignments', [
        { role_id: 3, subject_cid: 1007, scope: '/accounts/1005/devices/312', expire: 0 },
      ]);
      const hiddenId = Number(made.body.result?.[0]?.['id']);
      const del = await call(CONTOSO_ADMIN, 'DELETE', '/gw/devices/312');
      expect(del.status).toBe(200);
      const refs = (del.body as { references?: Array<{ type: string; id: number }> }).references ?? [];
      expect(refs).toContainEqual(expect.objectContaining({ type: 'grants', id: 2 }));
      expect(refs).not.toContainEqual(expect.objectContaining({ type: 'role-assignments', id: hiddenId }));
    });
  });

  describe('grantees', () => {
    it('linking an account the caller cannot see answers exactly like an absent account, and changes nothing', async () => {
      const before = worldJson();
      const hidden = await call(CONTOSO_ADMIN, 'POST', '/platform/grants/2/subaccounts/1004');
      const absent = await call(CONTOSO_ADMIN, 'POST', '/platform/grants/2/subaccounts/424242');
      expect(hidden.status).toBe(404);
      expect([absent.status, absent.body.errors?.[0]?.reason.replace('424242', 'X')]).toEqual([404, hidden.body.errors?.[0]?.reason.replace('1004', 'X')]);
      expect(worldJson()).toBe(before);
    });

    it('a grant cannot name a hidden account as grantee either (POST answers like an absent one)', async () => {
      const draft = (cid: number) => [{ name: 'probe', items: [{ type: 'devices', ids: [311], access: ['read'] }], subaccounts: [cid] }];
      const hidden = await call(CONTOSO_ADMIN, 'POST', '/platform/grants', draft(1004));
      const absent = await call(CONTOSO_ADMIN, 'POST', '/platform/grants', draft(424242));
      expect([hidden.status, hidden.body.errors?.[0]?.reason]).toEqual([absent.status, absent.body.errors?.[0]?.reason]);
    });

    it('the grantee list names only accounts the caller knows; the grantor knows its grantees', async () => {
      const list = await call(CONTOSO_ADMIN, 'GET', '/platform/grants/2/subaccounts/all');
      expect(list.body.result?.map((a) => a['id'])).toEqual([1007]);
    });

    it('who answers carry no counts of hidden accounts or tokens', async () => {
      const who = await call(CONTOSO_ADMIN, 'GET', '/platform/access/1005/who/devices/312');
      expect(Object.keys(who.body.result?.[0] ?? {}).sort()).toEqual(['accounts', 'id', 'tokens', 'type']);
    });
  });

  describe('/platform/access/* for standard and ACL tokens: only the calling token itself', () => {
    it.each([
      ['northwind-ops', '/platform/access/1004?type=tokens&acting=1004'],
      ['northwind-ops', '/platform/access/1004?type=devices&token=5'],
      ['northwind-ops', '/platform/access/1000?type=devices'],
      ['toolbox-link', '/platform/access/1004?type=grants&acting=1004'],
      ['toolbox-link', '/platform/access/1004?type=devices&token=2'],
    ] as const)('%s %s → 403', async (who, path) => {
      const r = await call(who, 'GET', path);
      expect(r.status).toBe(403);
      expect(r.body.errors?.[0]?.reason).toMatch(/^Only a master token/);
    });

    it('a master token may not learn of an account through a subject acting as it (acting= it cannot see)', async () => {
      // Clients gives Dana operate-as on Contoso; Support's master sees Dana's token but not Contoso.
      const grant = { cid: 1003, name: 'Dana operates Contoso', items: [{ type: 'subaccounts', ids: [1005], access: ['operate-as'] }], subaccounts: [1007] };
      expect((await call('acme-admin', 'POST', '/platform/grants', [grant])).status).toBe(200);
      const support = await call('acme-admin', 'POST', '/platform/tokens', [
        { cid: 1006, info: 'Support master', expire: 4_000_000_000, access: { type: 1, acl: [] } },
      ]);
      const key = String(support.body.result?.[0]?.['key']);
      const hidden = await call(key, 'GET', '/platform/access/1006/why?type=devices&id=301&token=3&acting=1005');
      const absent = await call(key, 'GET', '/platform/access/1006/why?type=devices&id=301&token=3&acting=424242');
      expect(hidden.status).toBe(400);
      expect(hidden.body.errors?.[0]?.reason.replace('1005', 'X')).toBe(absent.body.errors?.[0]?.reason.replace('424242', 'X'));
      expect(JSON.stringify(hidden.body)).not.toContain('Contoso');
    });

    it('its own access has its kind and ACL applied', async () => {
      const acl = await call('toolbox-link', 'GET', '/platform/access/1004?type=devices');
      expect(acl.body.result?.map((e) => e['id'])).toEqual([301, 302]);
      const tokens = await call('northwind-ops', 'GET', '/platform/access/1004?type=tokens');
      expect(tokens.body.result).toEqual([]);
    });
  });

  describe('previews obey the guards of the write they preview', () => {
    it.each([
      [
        'an owner assignment on an account the caller cannot see',
        { role_id: 1, subject_cid: 1005, scope: '/accounts/1000', expire: 0 },
        '/platform/role-assignments',
      ],
      ['an assignment for a hidden subject', { role_id: 3, subject_cid: 1004, scope: '/accounts/1005', expire: 0 }, '/platform/role-assignments'],
    ] as const)('%s: same status and reason as saving it', async (_n, assignment, path) => {
      const before = worldJson();
      const preview = await call(CONTOSO_ADMIN, 'POST', '/platform/access/preview', { assignment });
      const save = await call(CONTOSO_ADMIN, 'POST', path, [assignment]);
      expect(preview.status).toBeGreaterThanOrEqual(400);
      expect([preview.status, preview.body.errors?.[0]?.reason]).toEqual([save.status, save.body.errors?.[0]?.reason]);
      expect(worldJson()).toBe(before);
    });

    it('a grant draft the caller could not save: same status and reason', async () => {
      const grant = { name: 'x', items: [{ type: 'channels', ids: [1], access: ['read'] }], subaccounts: [1007] };
      const preview = await call(CONTOSO_ADMIN, 'POST', '/platform/access/preview', { grant });
      const save = await call(CONTOSO_ADMIN, 'POST', '/platform/grants', [grant]);
      expect(preview.status).toBe(403);
      expect([preview.status, preview.body.errors?.[0]?.reason]).toEqual([save.status, save.body.errors?.[0]?.reason]);
    });

    it('a change or removal of a record the caller may not change is refused like the change itself', async () => {
      // Dana reads grant 2 as its grantee, but may not change or delete it.
      const danaMaster = await call('acme-admin', 'POST', '/platform/tokens', [
        { cid: 1007, info: 'Dana master', expire: 4_000_000_000, access: { type: 1, acl: [] } },
      ]);
      const key = String(danaMaster.body.result?.[0]?.['key']);
      const remove = await call(key, 'POST', '/platform/access/preview', { remove: { type: 'grants', id: 2 } });
      const del = await call(key, 'DELETE', '/platform/grants/2');
      expect(remove.status).toBe(403);
      expect([remove.status, remove.body.errors?.[0]?.reason]).toEqual([del.status, del.body.errors?.[0]?.reason]);
    });

    it('a draft the caller may save is still previewed', async () => {
      const grant = { name: 'x', items: [{ type: 'devices', ids: [311], access: ['read'] }], subaccounts: [1007] };
      const preview = await call(CONTOSO_ADMIN, 'POST', '/platform/access/preview', { grant });
      expect(preview.status).toBe(200);
      expect(preview.body.result?.[0]?.['cid']).toBe(1007);
    });
  });
});
