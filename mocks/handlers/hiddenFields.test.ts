/**
 * Issue 22, the projection's former gaps (msw/node and real HTTP, demo world): an assignment's `scope`, a
 * role's "used by N assignments" and a token's ACL `ids` name only what the caller may read.
 */
import { expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import { eachServing, servedAt } from './test/transports';

type Row = Record<string, unknown>;
type Body = { result?: Row[]; errors?: Array<{ code: number; reason: string }> };

async function call(key: string, method: string, path: string, body?: unknown) {
  const headers = { authorization: `FlespiToken ${key}`, 'content-type': 'application/json' };
  const res = await fetch(`${servedAt()}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Body };
}
const ROOT = personaKey('acme-admin');

/** A new master token of an account, made by the root. */
async function masterOf(cid: number): Promise<string> {
  const made = await call(ROOT, 'POST', '/platform/tokens', [{ cid, info: `master of ${cid}`, expire: 4_000_000_000, access: { type: 1, acl: [] } }]);
  expect(made.status).toBe(200);
  return String(made.body.result?.[0]?.['key']);
}

eachServing('hidden fields', () => {
  it("an assignment's scope: the subject reads its assignment, not the account it no longer reaches (0)", async () => {
    // Assignment 2: contributor for Dana over Contoso (1005), expired; assignment 1: reader over Northwind (1004), live.
    // Without grant 2 Contoso shares nothing with Dana, so Dana does not know it (a grantee knows its grantors: issue 20).
    expect((await call(ROOT, 'DELETE', '/platform/grants/2')).status).toBe(200);
    const dana = await masterOf(1007);
    const list = await call(dana, 'GET', '/platform/role-assignments/all');
    const byId = new Map(list.body.result?.map((a) => [a['id'], a['scope']]));
    expect(byId.get(2)).toBe('/accounts/0');
    expect(byId.get(1)).toBe('/accounts/1004');
    // The root, which reads Contoso, sees the scope as it is.
    expect((await call(ROOT, 'GET', '/platform/role-assignments/2')).body.result?.[0]?.['scope']).toBe('/accounts/1005');
  });

  it('an instance scope in an account the subject does not know keeps only the instance it reads', async () => {
    // restricted-member reads devices, not accounts: Dana reads device 313, not Contoso (once grant 2 is gone).
    expect((await call(ROOT, 'DELETE', '/platform/grants/2')).status).toBe(200);
    const made = await call(ROOT, 'POST', '/platform/role-assignments', [{ role_id: 5, subject_cid: 1007, scope: '/accounts/1005/devices/313', expire: 0 }]);
    expect(made.status).toBe(200);
    const id = Number(made.body.result?.[0]?.['id']);
    const dana = await masterOf(1007);
    const got = await call(dana, 'GET', `/platform/role-assignments/${id}`);
    expect(got.body.result?.[0]?.['scope']).toBe('/accounts/0/devices/313');
    expect(JSON.stringify(got.body)).not.toContain('1005');
  });

  it('a role used only by assignments the caller cannot see: 409 without a number; its owner counts them', async () => {
    const role = await call(ROOT, 'POST', '/platform/roles', [{ cid: 1004, name: 'Dispatch', description: '', permissions: ['devices:read'] }]);
    expect(role.status).toBe(200);
    const roleId = Number(role.body.result?.[0]?.['id']);
    // The root's own assignment (hidden from Northwind) uses Northwind's role.
    const used = await call(ROOT, 'POST', '/platform/role-assignments', [
      { cid: 1000, role_id: roleId, subject_cid: 1006, scope: '/accounts/1004', expire: 0 },
    ]);
    expect(used.status).toBe(200);
    const northwind = await masterOf(1004);
    const hidden = await call(northwind, 'DELETE', `/platform/roles/${roleId}`);
    expect(hidden.status).toBe(409);
    expect(hidden.body.errors?.[0]?.reason).toBe('Role "Dispatch" is used by assignments you cannot see; revoke them first.');
    const seen = await call(ROOT, 'DELETE', `/platform/roles/${roleId}`);
    expect([seen.status, seen.body.errors?.[0]?.reason]).toEqual([409, 'Role "Dispatch" is used by 1 assignment(s); revoke them first.']);
  });

  it("a token's ACL ids, in the record and in its log, only as the reader reads them", async () => {
    // Dana's ACL token lists device 312, which Contoso grants to Dana (grant 2); Support (Dana's parent) reads the token, not 312.
    const dana = await masterOf(1007);
    const acl = [{ uri: 'gw/devices', methods: ['GET'], ids: [312] }];
    const made = await call(dana, 'POST', '/platform/tokens', [{ info: 'Reefer link', expire: 4_000_000_000, access: { type: 2, acl } }]);
    expect(made.status).toBe(200);
    const tokenId = Number(made.body.result?.[0]?.['id']);
    const support = await masterOf(1006);
    const record = await call(support, 'GET', `/platform/tokens/${tokenId}`);
    expect(record.body.result?.[0]?.['access']).toEqual({ type: 2, acl: [{ uri: 'gw/devices', methods: ['GET'], ids: [] }] });
    const logs = await call(support, 'GET', `/platform/tokens/${tokenId}/logs`);
    expect(logs.status).toBe(200);
    expect(logs.body.result?.length).toBeGreaterThan(0);
    expect(JSON.stringify(logs.body)).not.toContain('312');
    // Dana reads 312: the record, and the token about itself, name it.
    expect((await call(dana, 'GET', `/platform/tokens/${tokenId}`)).body.result?.[0]?.['access']).toEqual({ type: 2, acl });
    const info = await call(String(made.body.result?.[0]?.['key']), 'GET', '/auth/info');
    expect(info.body.result?.[0]?.['access']).toEqual({ type: 2, acl });
  });
});
