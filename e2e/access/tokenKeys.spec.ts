/**
 * Issue 5 (tokens screens): reveal and copy a key, an ACL token from a preset and its access link, and
 * options the permission module refuses shown with its reason (the table and the forms: `tokens.spec.ts`).
 */
import { paths } from '../../src/lib/paths';
import { callApi, expect, signIn, test } from '../fixtures';
import { AppShell } from '../pages/AppShell';
import { TokenDetail, TokensPage } from '../pages/TokensPage';
import { DAY, admin, apiToken, apiTokens, clipboard, idFromUrl, nowSeconds, toast } from './tokenApi';
import type { ApiToken, KindsRow } from './tokenApi';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

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
  await tab.goto(paths.list.getHref('devices'));
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
  await tab.goto(paths.login.getHref({ token: danaKey }));
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
