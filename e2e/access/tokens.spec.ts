/**
 * Issue 5 (tokens screens) and issue 9 (last use): the table against the API for the same principal,
 * create / edit / disable / delete, the ACL editor with a preset and an access link, validation,
 * reveal and copy, and options the permission module refuses shown with its reason.
 */
import type { Page } from '@playwright/test';
import { callApi, expect, personaKey, signIn, test } from '../fixtures';
import { AppShell } from '../pages/AppShell';
import { TokenDetail, TokensPage } from '../pages/TokensPage';

interface ApiToken {
  id: number;
  cid: number;
  key: string;
  info: string;
  enabled: boolean;
  expire: number;
  ttl: number;
  accessed: number;
  access: { type: number; acl: unknown[] };
}
interface KindsRow {
  cid: number;
  name: string;
  kinds: Array<{ type: number; allowed: boolean; reason?: string }>;
}

const DAY = 86_400;
const admin = personaKey('acme-admin');
const nowSeconds = () => Math.floor(Date.now() / 1000);
const sortedIds = (list: ReadonlyArray<{ id: number }>) => list.map((t) => t.id).sort((a, b) => a - b);

async function apiTokens(page: Page, key: string): Promise<ApiToken[]> {
  const answer = await callApi<ApiToken>(page, key, 'GET', '/platform/tokens/all');
  expect(answer.status).toBe(200);
  return answer.body.result ?? [];
}

async function apiToken(page: Page, id: number): Promise<ApiToken | undefined> {
  return (await callApi<ApiToken>(page, admin, 'GET', `/platform/tokens/${id}`)).body.result?.[0];
}

/** The id in a token page's address. */
function idFromUrl(page: Page): number {
  const m = /\/access\/tokens\/(\d+)$/.exec(new URL(page.url()).pathname);
  if (!m?.[1]) throw new Error(`not a token page: ${page.url()}`);
  return Number(m[1]);
}

const toast = (page: Page, text: string | RegExp) => page.getByTestId('toast').filter({ hasText: text });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

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
  await second.goto(`/login?token=${other.key}`);
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

test('reveal and copy a key from the table; the key stays out of the address', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const toolbox = (await apiTokens(page, admin)).find((t) => t.info === 'Toolbox link');
  if (!toolbox) throw new Error('demo token missing');
  const tokens = new TokensPage(page);
  await tokens.goto();
  const row = tokens.row('Toolbox link');
  await expect(row).not.toContainText(toolbox.key);
  await expect(row).toContainText(toolbox.key.slice(-4));
  await row.getByRole('button', { name: 'Reveal key of Token “Toolbox link”' }).click();
  await expect(row).toContainText(toolbox.key);
  await row.getByRole('button', { name: 'Hide key of Token “Toolbox link”' }).click();
  await expect(row).not.toContainText(toolbox.key);
  await row.getByRole('button', { name: 'Copy key of Token “Toolbox link”' }).click();
  await expect(toast(page, 'Key copied')).toBeVisible();
  expect(await clipboard(page)).toBe(toolbox.key);
  expect(page.url()).not.toContain(toolbox.key);
});

test('an ACL token from a preset with picked devices: its access link signs in and sees only those', async ({ page, context }) => {
  await signIn(page, 'acme-admin');
  const devices = (await callApi<{ id: number; name: string }>(page, admin, 'GET', '/gw/devices/all')).body.result ?? [];
  const picked = ['NW Truck 1', 'NW Truck 3'];
  const pickedIds = picked.map((n) => devices.find((d) => d.name === n)?.id).sort((a, b) => (a ?? 0) - (b ?? 0));
  const tokens = new TokensPage(page);
  await tokens.goto();
  await tokens.newToken.click();
  const dialog = tokens.dialog;
  await dialog.info.fill('e2e trucks link');
  await dialog.choose(dialog.kind, /^ACL/);
  await dialog.preset('Devices with messages and telemetry').click();
  await dialog.pickIds(1, 'devices', picked);
  await expect(dialog.entry(1).getByRole('checkbox', { name: 'Limit submodules (every other submodule is refused)' })).toBeChecked();
  await dialog.submit.click();
  await expect(toast(page, 'Token “e2e trucks link” created')).toBeVisible();
  await expect(page).toHaveURL(/\/access\/tokens\/\d+$/);
  const token = await apiToken(page, idFromUrl(page));
  expect(token?.access).toEqual({
    type: 2,
    acl: [
      {
        uri: 'gw/devices',
        methods: ['GET'],
        ids: pickedIds,
        submodules: [
          { name: 'messages', methods: ['GET'] },
          { name: 'telemetry', methods: ['GET'] },
        ],
      },
    ],
  });

  const detail = new TokenDetail(page);
  await detail.copyLink.click();
  await expect(toast(page, 'Access link copied')).toBeVisible();
  const link = await clipboard(page);
  expect(link).toBe(`${new URL(page.url()).origin}/login?token=${token?.key}`);

  // The world lives in this browser context (IndexedDB): a new tab of it, not yet signed in, opens the link.
  const tab = await context.newPage();
  await tab.goto(link);
  const shell = new AppShell(tab);
  await expect(shell.signOut).toBeVisible();
  await expect(shell.identity).toContainText('ACL token');
  expect(tab.url()).not.toContain(token?.key ?? '?');
  const seen = (await callApi<{ name: string }>(tab, token?.key ?? '', 'GET', '/gw/devices/all')).body.result?.map((d) => d.name).sort();
  expect(seen).toEqual([...picked].sort());
  await tab.goto('/devices');
  const table = tab.getByRole('main').getByRole('table');
  await expect(table.getByRole('link')).toHaveText(seen ?? []);
});

test('an option the permission module refuses is shown unavailable, with its reason', async ({ page, context }) => {
  await signIn(page, 'acme-admin');
  const roles = (await callApi<{ id: number; name: string }>(page, admin, 'GET', '/platform/roles/all')).body.result ?? [];
  const owner = roles.find((r) => r.name === 'owner');
  const accounts = (await callApi<{ id: number; name: string }>(page, admin, 'GET', '/platform/subaccounts/all')).body.result ?? [];
  const cidOf = (name: string) => accounts.find((a) => a.name === name)?.id ?? 0;
  // Dana may create tokens in Contoso Foods through a role, but may not act as Contoso Foods.
  const assigned = await callApi(page, admin, 'POST', '/platform/role-assignments', [
    { role_id: owner?.id, subject_cid: cidOf('Dana (supporter)'), scope: `/accounts/${cidOf('Contoso Foods')}`, expire: 0 },
  ]);
  expect(assigned.status).toBe(200);
  const made = await callApi<ApiToken>(page, admin, 'POST', '/platform/tokens', [
    { cid: cidOf('Dana (supporter)'), info: 'Dana master', expire: nowSeconds() + DAY, access: { type: 1, acl: [] } },
  ]);
  const danaKey = made.body.result?.[0]?.key ?? '';
  const kinds = (await callApi<KindsRow>(page, danaKey, 'GET', `/platform/access/${cidOf('Dana (supporter)')}/token-kinds`)).body.result ?? [];
  const contoso = kinds.find((r) => r.cid === cidOf('Contoso Foods'));
  const reason = contoso?.kinds.find((k) => k.type === 1)?.reason;
  expect(reason).toBeTruthy();

  const tab = await context.newPage();
  await tab.goto(`/login?token=${danaKey}`);
  await expect(new AppShell(tab).signOut).toBeVisible();
  const tokens = new TokensPage(tab);
  await tokens.goto();
  await tokens.newToken.click();
  const dialog = tokens.dialog;
  // Master is available for Dana's own account …
  await dialog.kind.click();
  await expect(dialog.option(/^Master/)).not.toHaveAttribute('aria-disabled', 'true');
  await tab.keyboard.press('Escape');
  // … and not for Contoso Foods, with the module's reason.
  await dialog.account.click();
  await expect(dialog.option(/^Contoso Foods/)).toContainText(`Unavailable: ${reason}`);
  await dialog.option(/^Contoso Foods/).click();
  await dialog.kind.click();
  await expect(dialog.option(/^Master/)).toHaveAttribute('aria-disabled', 'true');
  await expect(dialog.option(/^Master/)).toContainText(`Unavailable: ${reason}`);
  await tab.keyboard.press('Escape');
  await dialog.submit.click();
  await expect(dialog.account).toHaveAccessibleDescription(new RegExp(`^cid: .*${reason?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') ?? ''}`));
});
