/**
 * Issue 16: the grant's own shape is one function (`grantShapeProblems`), run by the backend's grant guard
 * and by the grant form. Through the mock: no grantees and no items are taken; the grantor as its own
 * grantee is a 400 naming `subaccounts` that changes nothing, by create, update and link alike.
 */
import { describe, expect, it } from 'vitest';
import { getStore } from '../db/backend';
import { call, serveContractWorld } from './test/contractCall';

serveContractWorld();

const SELF = 'subaccounts: the grantor cannot be its own grantee';
const grants = () => JSON.stringify(getStore().snapshot().world.grants);

describe('a grant’s shape, through the mock', () => {
  it('takes a grant with no grantees and no items, and unlinking its last grantee leaves that', async () => {
    const made = await call('acme-admin', 'POST', '/platform/grants', [{ name: 'Prepared', cid: 1000, subaccounts: [], items: [] }]);
    expect(made.status).toBe(200);
    const id = Number(made.body.result?.[0]?.id);
    expect(made.body.result?.[0]).toMatchObject({ subaccounts: [], items: [] });
    expect((await call('acme-admin', 'POST', `/platform/grants/${id}/subaccounts/1004`)).status).toBe(200);
    expect((await call('acme-admin', 'DELETE', `/platform/grants/${id}/subaccounts/1004`)).status).toBe(200);
    expect((await call('acme-admin', 'GET', `/platform/grants/${id}`)).body.result?.[0]).toMatchObject({ subaccounts: [] });
  });

  it('refuses the grantor as its own grantee on create, update and link, and changes nothing', async () => {
    const made = await call('acme-admin', 'POST', '/platform/grants', [{ name: 'Prepared', cid: 1000, subaccounts: [1004], items: [] }]);
    const id = Number(made.body.result?.[0]?.id);
    const before = grants();
    const attempts = [
      await call('acme-admin', 'POST', '/platform/grants', [{ name: 'To myself', cid: 1000, subaccounts: [1000], items: [] }]),
      await call('acme-admin', 'PUT', `/platform/grants/${id}`, { subaccounts: [1004, 1000] }),
      await call('acme-admin', 'POST', `/platform/grants/${id}/subaccounts/1000`),
    ];
    for (const r of attempts) {
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.reason).toContain(SELF);
    }
    expect(grants()).toBe(before);
  });
});
