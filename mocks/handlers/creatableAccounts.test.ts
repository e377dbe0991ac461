/**
 * Regression (found by the canary harness, seed -185207235): a role giving `tokens:create` over the parent's
 * branch listed accounts, by name, in `token-kinds` and `create/<type>` to a principal that cannot read them.
 * Accounts the caller does not know are absent there. The parent made the role assignment the caller
 * receives, so the caller knows it (a grantee or subject knows who shares with it); the sibling stays unknown.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BUILTIN_ROLES } from '../../src/permissions';
import { installStore } from '../db/backend';
import { Store } from '../db/store';
import { server } from '../node';

const KEY = `T1${'q'.repeat(62)}`;
const now = Math.floor(Date.now() / 1000);

beforeAll(() => {
  installStore(
    new Store({
      version: 1,
      logs: [],
      revs: {},
      world: {
        accounts: [
          { id: 1, name: 'Parent that assigned the role', owner_id: 0, blocked: false },
          { id: 2, name: 'Caller', owner_id: 1, blocked: false },
          { id: 3, name: 'Hidden sibling', owner_id: 1, blocked: false },
        ],
        instances: { devices: [], channels: [], streams: [], calcs: [], plugins: [], groups: [] },
        tokens: [
          {
            id: 1,
            cid: 2,
            key: KEY,
            info: 'caller',
            enabled: true,
            expire: now + 3600,
            ttl: 0,
            created: now - 60,
            accessed: 0,
            ips: '',
            access: { type: 1, acl: [] },
          },
        ],
        grants: [],
        roles: [...BUILTIN_ROLES, { id: 10, cid: 1, name: 'token maker', description: '', builtin: false, permissions: ['tokens:create'] }],
        roleAssignments: [{ id: 1, cid: 1, role_id: 10, subject_cid: 2, scope: '/accounts/1', expire: 0 }],
      },
    }),
  );
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());

const get = async (path: string) => {
  const res = await fetch(`http://api.test${path}`, { headers: { authorization: `FlespiToken ${KEY}` } });
  return { status: res.status, text: await res.text() };
};

it('lists only accounts the caller knows where it may create tokens, and names no other', async () => {
  for (const path of ['/platform/access/2/token-kinds', '/platform/access/2/create/tokens']) {
    const r = await get(path);
    expect(r.status, path).toBe(200);
    expect(r.text, path).not.toMatch(/Hidden/);
    const cids = (JSON.parse(r.text) as { result: unknown[] }).result.map((x) => (typeof x === 'number' ? x : (x as { cid: number }).cid));
    expect(
      cids.every((c) => c === 1 || c === 2),
      path,
    ).toBe(true);
    expect(cids, path).toContain(2);
  }
});
