/** Contract tests of access writes: escalation, the what-if preview, grantee links, create logs (the rest: `contract.test.ts`). */
import { describe, expect, it } from 'vitest';
import { call, names, serveContractWorld } from './test/contractCall';
import { worldJson } from './test/dialectCall';

serveContractWorld();

describe('escalation is refused', () => {
  it('a standard token cannot mint a master token', async () => {
    const r = await call('northwind-ops', 'POST', '/platform/tokens', [{ info: 'x', ttl: 60, access: { type: 1, acl: [] } }]);
    expect([403, 404]).toContain(r.status);
  });
  it('a grantee cannot re-share what it received', async () => {
    const before = worldJson();
    const r = await call('acme-admin', 'POST', '/platform/grants', [
      { name: 'reshare', cid: 1004, items: [{ type: 'channels', ids: [1], access: ['read'] }], subaccounts: [1005] },
    ]);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(worldJson()).toBe(before);
  });
});

describe('what-if preview and grantee links', () => {
  it('the preview of a new grant lists exactly what the grantee sees after saving, and changes nothing', async () => {
    const draft = { name: 'Reefers for Northwind', cid: 1005, items: [{ type: 'devices', ids: [311, 313], access: ['read'] }], subaccounts: [1004] };
    const before = worldJson();
    const preview = await call('acme-admin', 'POST', '/platform/access/preview', { grant: draft });
    expect(preview.status).toBe(200);
    expect(worldJson()).toBe(before);
    const diff = preview.body.result?.find((d) => d.cid === 1004) as { gained: Array<{ type: string; id: number }> } | undefined;
    const gained = diff?.gained
      .filter((e) => e.type === 'devices')
      .map((e) => e.id)
      .sort();
    expect(gained).toEqual([311, 313]);
    expect((await call('acme-admin', 'POST', '/platform/grants', [draft])).status).toBe(200);
    const seen = (await call('northwind-ops', 'GET', '/gw/devices/all')).body.result?.map((d) => d.id) ?? [];
    expect(seen.filter((id) => !([301, 302, 303] as unknown[]).includes(id)).sort()).toEqual(gained);
  });
  it('previewing the removal of a grant shows the loss', async () => {
    const preview = await call('acme-admin', 'POST', '/platform/access/preview', { remove: { type: 'grants', id: 1 } });
    const diff = preview.body.result?.find((d) => d.cid === 1004) as { lost: Array<{ type: string; id: number }> } | undefined;
    expect(diff?.lost.filter((e) => e.type !== 'grants')).toEqual([expect.objectContaining({ type: 'channels', id: 1 })]);
  });
  it('a standard token cannot preview; a bad body is a 400', async () => {
    expect((await call('northwind-ops', 'POST', '/platform/access/preview', { remove: { type: 'grants', id: 1 } })).status).toBe(403);
    expect((await call('acme-admin', 'POST', '/platform/access/preview', { nothing: true })).status).toBe(400);
  });
  it('links and unlinks a grantee, and refuses unknown accounts', async () => {
    expect((await call('acme-admin', 'POST', '/platform/grants/1/subaccounts/1005')).status).toBe(200);
    expect(names((await call('acme-admin', 'GET', '/platform/grants/1/subaccounts/all')).body)).toEqual(['Contoso Foods', 'Northwind Logistics']);
    expect((await call('acme-admin', 'DELETE', '/platform/grants/1/subaccounts/1005')).status).toBe(200);
    expect((await call('acme-admin', 'POST', '/platform/grants/1/subaccounts/99999')).status).toBe(404);
  });
});

describe('create logs', () => {
  it('a created token is logged with its fields but never its key', async () => {
    const r = await call('acme-admin', 'POST', '/platform/tokens', [{ info: 'for the log', ttl: 3600 }]);
    const id = r.body.result?.[0]?.id;
    const logs = await call('acme-admin', 'GET', `/platform/tokens/${String(id)}/logs`);
    expect(logs.body.result?.[0]).toMatchObject({ event: 'created', changes: { info: [null, 'for the log'] } });
    expect(JSON.stringify(logs.body)).not.toContain(String(r.body.result?.[0]?.key));
  });
});
