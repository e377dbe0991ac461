/**
 * Issue 5 (tokens screens) and issue 9 (last use): the table against the API for the same principal,
 * create / edit / disable / delete, and validation. Keys, access links and refused options: `tokenKeys.spec.ts`.
 */
import { paths } from '../../src/lib/paths';
import { callApi, expect, signIn, test } from '../fixtures';
import { AppShell } from '../pages/AppShell';
import { TokenDetail, TokensPage } from '../pages/TokensPage';
import { DAY, admin, apiToken, apiTokens, idFromUrl, nowSeconds, sortedIds, toast } from './tokenApi';
import type { ApiToken } from './tokenApi';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the table lists exactly the API answer, for acme-admin and for another master token', async ({ page, context }) => {
  await signIn(page, 'acme-admin');
  const tokens = new TokensPage(page);
  await tokens.goto('?size=100');
  const mine = await apiTokens(page, admin);
  expect(await tokens.rowIds()).toEqual(sortedIds(mine));

  const me = mine.find((t) => t.key === admin);
  const now = nowSeconds();
  const other = mine.find((t) => t.access.type === 1 && t.cid !== me?.cid && t.enabled && t.expire > now);
  if (!other) throw new Error('the demo world has no other usable master token');
  const second = await context.newPage();
  await second.goto(paths.login.getHref({ token: other.key }));
  await expect(new AppShell(second).signOut).toBeVisible();
  const theirs = new TokensPage(second);
  await theirs.goto('?size=100');
  const expected = sortedIds(await apiTokens(second, other.key));
  expect(expected.length).toBeLessThan(mine.length);
  expect(await theirs.rowIds()).toEqual(expected);
});

test('filters and last use: kind, unused for N days (never used counts), in the URL', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const made = await callApi<ApiToken>(page, admin, 'POST', '/platform/tokens', [
    { info: 'e2e never used', expire: nowSeconds() + DAY, access: { type: 0, acl: [] } },
  ]);
  expect(made.status).toBe(200);
  const tokens = new TokensPage(page);
  await tokens.goto('?size=100');
  await expect(
    tokens
      .row('e2e never used')
      .getByRole('cell')
      .filter({ hasText: /^never$/ }),
  ).toHaveCount(1);

  await tokens.filter(tokens.kindFilter, 'Master');
  const all = await apiTokens(page, admin);
  await expect.poll(() => tokens.rowIds()).toEqual(sortedIds(all.filter((t) => t.access.type === 1)));
  expect(new URL(page.url()).searchParams.get('kind')).toBe('master');
  await tokens.filter(tokens.kindFilter, 'Any kind');

  await tokens.unusedFilter.fill('30');
  const cutoff = nowSeconds() - 30 * DAY;
  const unused = sortedIds((await apiTokens(page, admin)).filter((t) => t.accessed === 0 || t.accessed <= cutoff));
  expect(unused).toContain(made.body.result?.[0]?.id);
  await expect.poll(() => tokens.rowIds()).toEqual(unused);
  await page.reload();
  await tokens.heading.waitFor();
  await expect(tokens.unusedFilter).toHaveValue('30');
  await expect.poll(() => tokens.rowIds()).toEqual(unused);

  await page.getByRole('columnheader', { name: 'Last use' }).getByRole('button').click();
  expect(new URL(page.url()).searchParams.get('sort')).toBe('accessed');
});

test('create a standard token, edit it, disable it, delete it', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const tokens = new TokensPage(page);
  await tokens.goto();
  await tokens.newToken.click();
  const dialog = tokens.dialog;
  await dialog.info.fill('e2e standard');
  await dialog.ttl.fill('3600');
  await expect(dialog.ttl).toHaveAccessibleDescription(/1 hour after its last use/);
  await dialog.submit.click();
  await expect(toast(page, 'Token “e2e standard” created')).toBeVisible();
  await expect(page).toHaveURL(/\/access\/tokens\/\d+$/);
  const id = idFromUrl(page);
  const created = await apiToken(page, id);
  expect(created).toMatchObject({ info: 'e2e standard', enabled: true, ttl: 3600, access: { type: 0, acl: [] } });
  expect(created?.expire).toBeGreaterThan(nowSeconds());

  const detail = new TokenDetail(page);
  await detail.edit.click();
  await detail.dialog.info.fill('e2e standard renamed');
  await detail.dialog.submit.click();
  await expect(toast(page, 'Token “e2e standard renamed” saved')).toBeVisible();
  await expect(detail.heading).toHaveText('e2e standard renamed');
  expect((await apiToken(page, id))?.info).toBe('e2e standard renamed');

  await detail.disable.click();
  await expect(detail.confirm).toContainText('sessions using it will be signed out');
  await detail.confirm.getByRole('button', { name: 'Disable' }).click();
  await expect(toast(page, 'Token “e2e standard renamed” disabled')).toBeVisible();
  await expect(detail.enable).toBeVisible();
  expect((await apiToken(page, id))?.enabled).toBe(false);

  await detail.remove.click();
  await expect(detail.confirm).toContainText('sessions using it will be signed out');
  await detail.confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(toast(page, 'Token “e2e standard renamed” deleted')).toBeVisible();
  await expect(tokens.heading).toBeVisible();
  const gone = await callApi(page, admin, 'GET', `/platform/tokens/${id}`);
  expect(gone.body.result ?? []).toEqual([]);
});

test('validation names the field and changes nothing; a server refusal shows in the dialog', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const before = sortedIds(await apiTokens(page, admin));
  const tokens = new TokensPage(page);
  await tokens.goto();
  await tokens.newToken.click();
  const dialog = tokens.dialog;
  await dialog.info.fill('e2e invalid');
  await dialog.expire.fill('');
  await dialog.submit.click();
  await expect(dialog.expire).toHaveAccessibleDescription(/^expire or ttl: a token must expire/);
  await expect(dialog.ttl).toHaveAccessibleDescription(/^ttl or expire: a token must expire/);

  await dialog.ttl.fill('12 hours');
  await dialog.submit.click();
  await expect(dialog.ttl).toHaveAccessibleDescription(/^ttl: whole seconds/);
  await dialog.ttl.fill('-60');
  await expect(dialog.ttl).toHaveAccessibleDescription(/^ttl: whole seconds/);

  await dialog.ttl.fill('600');
  await dialog.choose(dialog.kind, /^ACL/);
  await dialog.preset('Devices read-only for chosen ids').click();
  await dialog.submit.click();
  await expect(dialog.root.getByRole('combobox', { name: 'Entry 1 devices' })).toHaveAccessibleDescription(/^Entry 1 ids: pick at least one/);
  await expect(dialog.root).toBeVisible();
  expect(sortedIds(await apiTokens(page, admin))).toEqual(before);
  // The form holds unsaved input: Cancel asks before discarding it (issue 20).
  await dialog.root.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard' }).click();

  // Someone else changes the token meanwhile: the server refuses (409) and the dialog says why.
  const target = (await apiTokens(page, admin)).find((t) => t.info === 'Fleet App integration');
  if (!target) throw new Error('demo token missing');
  const detail = new TokenDetail(page);
  await detail.goto(target.id);
  await detail.edit.click();
  expect((await callApi(page, admin, 'PUT', `/platform/tokens/${target.id}`, { info: 'changed elsewhere' })).status).toBe(200);
  await detail.dialog.info.fill('my change');
  await detail.dialog.submit.click();
  await expect(detail.dialog.alert).toContainText('changed since you loaded it');
  expect((await apiToken(page, target.id))?.info).toBe('changed elsewhere');
});
