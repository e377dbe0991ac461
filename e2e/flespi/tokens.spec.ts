/** Tokens against the flespi-only server: create, edit (PUT: flespi has no PATCH on tokens), delete; an ACL token; a refusal. */
import { signIn } from '../fixtures';
import { TokenDetail, TokensPage } from '../pages/TokensPage';
import { idFromUrl, toast } from '../access/tokenApi';
import { callFlespi, expect, test } from './flespiFixtures';

type Token = { id: number; info: string; access: { type: number; acl: unknown[] } };
const token = async (id: number) => (await callFlespi<Token>('acme-admin', 'GET', `/platform/tokens/${id}`)).result[0];

test('create a standard token, rename it, delete it', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const tokens = new TokensPage(page);
  await tokens.goto();
  await tokens.newToken.click();
  await tokens.dialog.info.fill('flespi standard');
  await tokens.dialog.ttl.fill('3600');
  await tokens.dialog.submit.click();
  await expect(toast(page, 'Token “flespi standard” created')).toBeVisible();
  const id = idFromUrl(page);
  expect(await token(id)).toMatchObject({ info: 'flespi standard', access: { type: 0 } });

  const detail = new TokenDetail(page);
  await detail.edit.click();
  await detail.dialog.info.fill('flespi standard renamed');
  await detail.dialog.submit.click();
  await expect(toast(page, 'Token “flespi standard renamed” saved')).toBeVisible();
  expect((await token(id))?.info).toBe('flespi standard renamed');

  await detail.remove.click();
  await detail.confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(toast(page, 'Token “flespi standard renamed” deleted')).toBeVisible();
  expect(await token(id)).toBeUndefined();
});

test('an ACL token over picked devices', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const tokens = new TokensPage(page);
  await tokens.goto();
  await tokens.newToken.click();
  const dialog = tokens.dialog;
  await dialog.info.fill('flespi trucks link');
  await dialog.choose(dialog.kind, /^ACL/);
  await dialog.preset('Devices with messages and telemetry').click();
  await dialog.pickIds(1, 'devices', ['NW Truck 1', 'NW Truck 3']);
  await dialog.submit.click();
  await expect(toast(page, 'Token “flespi trucks link” created')).toBeVisible();
  const made = await token(idFromUrl(page));
  expect(made?.access.type).toBe(2);
  expect(made?.access.acl).toEqual([expect.objectContaining({ uri: 'gw/devices', methods: ['GET'] })]);
});

test('a token changed meanwhile: the server refuses the edit and the dialog says why', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const target = (await callFlespi<Token>('acme-admin', 'GET', '/platform/tokens/all')).result.find((t) => t.info === 'Fleet App integration');
  if (!target) throw new Error('demo token missing');
  const detail = new TokenDetail(page);
  await detail.goto(target.id);
  await detail.edit.click();
  expect((await callFlespi('acme-admin', 'PUT', `/platform/tokens/${target.id}`, { info: 'changed elsewhere' })).status).toBe(200);
  await detail.dialog.info.fill('my change');
  await detail.dialog.submit.click();
  await expect(detail.dialog.alert).toContainText('changed since you loaded it');
  expect((await token(target.id))?.info).toBe('changed elsewhere');
});
