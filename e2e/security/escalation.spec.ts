/**
 * Issue 7, security: escalation attempts through the API are refused, and change nothing.
 * Each attempt is checked against the list it would have changed, read back afterwards.
 */
import type { Page } from '@playwright/test';
import { callApi, createMasterToken, expect, personaKey, signIn, test } from '../fixtures';

const NORTHWIND = 1004;
const CONTOSO = 1005;
const ROOT = 1000;
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

async function count(page: Page, key: string, path: string): Promise<number> {
  const answer = await callApi<unknown>(page, key, 'GET', path);
  expect(answer.status, path).toBe(200);
  return answer.body.result?.length ?? 0;
}

test.beforeEach(async ({ page }) => {
  await signIn(page, 'acme-admin');
});

test('an ACL token cannot mint a token of any kind, master least of all', async ({ page }) => {
  const admin = personaKey('acme-admin');
  const before = await count(page, admin, '/platform/tokens/all');
  for (const type of [1, 0, 2]) {
    const answer = await callApi(page, personaKey('toolbox-link'), 'POST', '/platform/tokens', [{ info: 'mine now', expire: inAnHour(), access: { type } }]);
    expect(answer.status, `access.type ${type}`).toBe(403);
    expect(answer.body.errors?.[0]?.reason).toBeTruthy();
  }
  expect(await count(page, admin, '/platform/tokens/all')).toBe(before);
});

test('a standard token cannot mint a master token', async ({ page }) => {
  const answer = await callApi(page, personaKey('northwind-ops'), 'POST', '/platform/tokens', [{ info: 'x', expire: inAnHour(), access: { type: 1 } }]);
  expect(answer.status).toBe(403);
});

test('a grantee cannot re-share what it was granted', async ({ page }) => {
  // Northwind receives channel 1 (grant #1, read) from the root; its own master token tries to pass it on.
  const northwind = await createMasterToken(page, NORTHWIND, 'Northwind master');
  const before = await count(page, personaKey('acme-admin'), '/platform/grants/all');
  const answer = await callApi(page, northwind.key, 'POST', '/platform/grants', [
    { name: 'pass it on', items: [{ type: 'channels', ids: [1], access: ['read'] }], subaccounts: [CONTOSO] },
  ]);
  expect(answer.status).toBe(403);
  expect(answer.body.errors?.[0]?.reason).toMatch(/items\[0\]/);
  expect(await count(page, personaKey('acme-admin'), '/platform/grants/all')).toBe(before);
});

test('a role cannot be assigned over what one does not hold', async ({ page }) => {
  const northwind = await createMasterToken(page, NORTHWIND, 'Northwind master');
  const before = await count(page, personaKey('acme-admin'), '/platform/role-assignments/all');
  // Owner over the root account, and contributor over the root's channel Northwind may only read.
  for (const scope of [`/accounts/${ROOT}`, `/accounts/${ROOT}/channels/1`]) {
    const answer = await callApi(page, northwind.key, 'POST', '/platform/role-assignments', [{ role_id: 1, subject_cid: NORTHWIND, scope }]);
    expect([403, 404], scope).toContain(answer.status);
    expect(answer.body.errors?.[0]?.reason, scope).toBeTruthy();
  }
  expect(await count(page, personaKey('acme-admin'), '/platform/role-assignments/all')).toBe(before);
});

test('x-flespi-cid for a foreign account is refused with 403', async ({ page }) => {
  const northwind = await createMasterToken(page, NORTHWIND, 'Northwind master');
  for (const cid of [CONTOSO, ROOT]) {
    const answer = await callApi(page, northwind.key, 'GET', '/gw/devices/all', undefined, { cid });
    expect(answer.status, `cid ${cid}`).toBe(403);
    expect(answer.body.result).toBeUndefined();
  }
  // A write as a foreign account is refused before it happens.
  const write = await callApi(page, northwind.key, 'POST', '/gw/devices', [{ name: 'planted', device_type_id: 1 }], { cid: CONTOSO });
  expect(write.status).toBe(403);
  const contosoDevices = await callApi<{ name: string }>(page, personaKey('acme-admin'), 'GET', '/gw/devices/all', undefined, { cid: CONTOSO });
  expect(contosoDevices.body.result?.map((d) => d.name)).not.toContain('planted');
});

test("a child never sees its parent's items", async ({ page }) => {
  const northwind = await createMasterToken(page, NORTHWIND, 'Northwind master');
  const devices = await callApi<{ id: number; cid: number }>(page, northwind.key, 'GET', '/gw/devices/all');
  expect(devices.body.result?.some((d) => d.cid === ROOT)).toBe(false);
  const rootDevice = await callApi(page, northwind.key, 'GET', '/gw/devices/100');
  expect(rootDevice.status).toBe(404);
  const parentAccount = await callApi(page, northwind.key, 'GET', '/platform/subaccounts/1003');
  expect(parentAccount.status).toBe(404);
});
