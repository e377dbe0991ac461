/**
 * Issue 9, access hygiene: the expiry timeline against the API's lists, extending from it, the lock-out
 * guard on the last root master token, and cleanup of a grant whose device was deleted.
 */
import type { Page } from '@playwright/test';
import type { Grant, Role, RoleAssignment, Token } from '../../src/domain/types';
import { endsWithinDays } from '../../src/lib/days';
import { tokenState } from '../../src/permissions';
import type { HygieneFinding } from '../../src/permissions';
import { callApi, expect, personaKey, selectOption, signIn, test } from '../fixtures';
import { expectNoSeriousA11yViolations } from '../a11y/axe';
import { ExpiringPage } from '../pages/ExpiringPage';
import { HygienePage } from '../pages/HygienePage';
import { TokenActionsBar } from '../pages/TokenActionsBar';

const DAY = 86_400;
const ADMIN = personaKey('acme-admin');
const READER_FOR_DANA = 'reader for Dana (supporter) on account Northwind Logistics and below';
const CONTRIBUTOR_FOR_DANA = 'contributor for Dana (supporter) on account Contoso Foods and below';
const KIND_ORDER = { Grant: 0, 'Role assignment': 1, Token: 2 } as const;
type Expected = { what: keyof typeof KIND_ORDER; name: string; at: number };

async function list<T>(page: Page, path: string): Promise<T[]> {
  const answer = await callApi<T>(page, ADMIN, 'GET', path);
  expect(answer.status, path).toBe(200);
  return answer.body.result ?? [];
}

/** What the timeline should show, from the API's own lists for the same principal. */
async function expectedTimeline(page: Page, days: number): Promise<Expected[]> {
  const now = Math.floor(Date.now() / 1000);
  const roles = new Map((await list<Role>(page, '/platform/roles/all')).map((r) => [r.id, r.name]));
  const accounts = new Map((await list<{ id: number; name: string }>(page, '/platform/subaccounts/all?fields=id,name')).map((a) => [a.id, a.name]));
  const account = (cid: number) => accounts.get(cid) ?? `Account #${cid}`;
  // "/accounts/1005" → "account Contoso Foods and below"; "/accounts/1004/groups/1" → "groups #1 of Northwind Logistics".
  const scope = (s: string) => {
    const [, cid, type, id] = s.split('/').slice(1);
    return type ? `${type} #${id} of ${account(Number(cid))}` : `account ${account(Number(cid))} and below`;
  };
  const rows: Expected[] = [];
  for (const t of await list<Token>(page, '/platform/tokens/all')) {
    const { expiresAt } = tokenState(t, now);
    if (expiresAt !== null) rows.push({ what: 'Token', name: t.info || `Token #${t.id}`, at: expiresAt });
  }
  for (const g of await list<Grant>(page, '/platform/grants/all')) if (g.expire > 0) rows.push({ what: 'Grant', name: g.name, at: g.expire });
  for (const a of await list<RoleAssignment>(page, '/platform/role-assignments/all')) {
    if (a.expire > 0)
      rows.push({
        what: 'Role assignment',
        name: `${roles.get(a.role_id) ?? `Role #${a.role_id}`} for ${account(a.subject_cid)} on ${scope(a.scope)}`,
        at: a.expire,
      });
  }
  // The panel's one definition of "within N days" (local calendar days).
  return rows.filter((r) => endsWithinDays(r.at, now, days)).sort((a, b) => a.at - b.at || KIND_ORDER[a.what] - KIND_ORDER[b.what]);
}

test.describe('expiry timeline', () => {
  test('shows what the API lists as ending within the window, soonest first, and the menu badge counts the next 7 days', async ({ page }) => {
    const shell = await signIn(page, 'acme-admin');
    const timeline = new ExpiringPage(page);
    for (const days of [7, 90]) {
      await timeline.goto(days);
      const expected = await expectedTimeline(page, days);
      await expect(timeline.bodyRows()).toHaveCount(expected.length);
      expect(await timeline.rows()).toEqual(expected.map(({ what, name }) => ({ what, name })));
    }
    // The seeded expiries of the demo world are there (the list above is the API's).
    const names = (await timeline.rows()).map((r) => r.name);
    for (const seeded of ['Reefer 12 support for Dana', 'Contoso admin', 'Fleet App integration', 'Old token', READER_FOR_DANA, CONTRIBUTOR_FOR_DANA]) {
      expect(names).toContain(seeded);
    }
    await expect(timeline.row('Old token')).toContainText('Expired');
    const now = Math.floor(Date.now() / 1000);
    const soon = (await expectedTimeline(page, 7)).filter((r) => r.at > now).length;
    expect(soon).toBeGreaterThan(0);
    await expect(shell.menu.getByRole('link', { name: `Expiring (${soon} ending within 7 days)` })).toBeVisible();
    // The window is in the URL.
    await timeline.chooseWindow('30 days');
    await expect(page).toHaveURL(/days=30/);
    await expect(timeline.bodyRows()).toHaveCount((await expectedTimeline(page, 30)).length);
  });

  test('extending a grant moves it out of the window; the API shows the new expire', async ({ page }) => {
    await signIn(page, 'acme-admin');
    const timeline = new ExpiringPage(page);
    await timeline.goto(7);
    const before = (await list<Grant>(page, '/platform/grants/2'))[0];
    if (!before) throw new Error('demo grant 2 missing');
    await timeline.extend('Grant “Reefer 12 support for Dana”');
    await selectOption(page, timeline.dialog.getByRole('combobox', { name: 'Extend by' }), '+30 days');
    await expect(timeline.dialog.getByRole('region', { name: 'What changes' })).toContainText('No account gains or loses access now.');
    await timeline.dialog.getByRole('button', { name: 'Extend' }).click();
    await expect(page.getByText(/Grant “Reefer 12 support for Dana” extended to/)).toBeVisible();
    await expect(timeline.row('Reefer 12 support for Dana')).toHaveCount(0);
    const after = (await list<Grant>(page, '/platform/grants/2'))[0];
    expect(after?.expire).toBe(before.expire + 30 * DAY);
    await timeline.chooseWindow('90 days');
    await expect(timeline.row('Reefer 12 support for Dana')).toHaveCount(1);
  });

  test('extending the expired role assignment previews what its subject regains', async ({ page }) => {
    await signIn(page, 'acme-admin');
    const timeline = new ExpiringPage(page);
    await timeline.goto(7);
    await expect(timeline.row(CONTRIBUTOR_FOR_DANA)).toContainText('Expired');
    await timeline.extend(`Role assignment “${CONTRIBUTOR_FOR_DANA}”`);
    await expect(timeline.dialog.getByRole('region', { name: 'What changes' })).toContainText(
      /Dana \(supporter\) gains read, .* on devices “Reefer 11” and “Reefer 13”/,
    );
    const clicked = Math.floor(Date.now() / 1000);
    await timeline.dialog.getByRole('button', { name: 'Extend' }).click();
    await expect(page.getByText(`Role assignment “${CONTRIBUTOR_FOR_DANA}” extended to`, { exact: false })).toBeVisible();
    await expect(timeline.row(CONTRIBUTOR_FOR_DANA)).toContainText(/^(?!.*Expired)/);
    const a = (await list<RoleAssignment>(page, '/platform/role-assignments/2'))[0];
    expect(a?.expire).toBeGreaterThanOrEqual(clicked + 7 * DAY - 5);
    expect(a?.expire).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 7 * DAY);
  });
});

test.describe('lock-out guard', () => {
  test('removing the last root master token is explained before the click and refused with 409 after', async ({ page }) => {
    await signIn(page, 'acme-admin');
    const soon = Math.floor(Date.now() / 1000) + 2 * DAY;
    expect((await callApi(page, ADMIN, 'PATCH', '/platform/tokens/1', { expire: soon })).status).toBe(200);
    const timeline = new ExpiringPage(page);
    await timeline.goto(7);
    await timeline.remove('Token “Acme admin”');
    const reason = /without an enabled master token/;
    await expect(timeline.dialog).toContainText(reason);
    const api = await callApi(page, ADMIN, 'DELETE', '/platform/tokens/1');
    expect(api.status).toBe(409);
    expect(api.body.errors?.[0]?.reason).toMatch(reason);
    await timeline.dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(timeline.dialog.getByRole('alert')).toContainText(reason);
    await expect(timeline.dialog).toBeVisible();
    expect((await list<Token>(page, '/platform/tokens/1'))[0]?.enabled).toBe(true);
  });

  test('the token screen explains it in the disable and delete confirmations, and shows the 409 after', async ({ page }) => {
    await signIn(page, 'acme-admin');
    const actions = new TokenActionsBar(page);
    await actions.goto(1);
    const reason = /without an enabled master token/;
    for (const action of ['Disable', 'Delete'] as const) {
      await actions.open(action);
      await expect(actions.dialog.getByRole('status')).toContainText(reason);
      await actions.confirm(action).click();
      await expect(actions.dialog.getByRole('alert')).toContainText(reason);
      await actions.dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(actions.dialog).toHaveCount(0);
    }
    const token = (await list<Token>(page, '/platform/tokens/1'))[0];
    expect(token?.enabled).toBe(true);
    // Another token's confirmation carries no warning.
    await actions.goto(8);
    await actions.open('Disable');
    await expect(actions.dialog).toContainText('The key stops working');
    await expect(actions.dialog.getByRole('status')).toHaveCount(0);
  });

  test('with a spare root master, removing the calling token waits for an acknowledgement', async ({ page }) => {
    await signIn(page, 'acme-admin');
    const now = Math.floor(Date.now() / 1000);
    const spare = await callApi(page, ADMIN, 'POST', '/platform/tokens', [{ info: 'Spare root master', expire: now + 30 * DAY, access: { type: 1, acl: [] } }]);
    expect(spare.status).toBe(200);
    expect((await callApi(page, ADMIN, 'PATCH', '/platform/tokens/1', { expire: now + 2 * DAY })).status).toBe(200);
    const timeline = new ExpiringPage(page);
    await timeline.goto(7);
    await timeline.remove('Token “Acme admin”');
    await expect(timeline.dialog).toContainText('signs you out');
    const remove = timeline.dialog.getByRole('button', { name: 'Remove' });
    await expect(remove).toBeDisabled();
    await timeline.dialog.getByRole('checkbox', { name: 'I understand; go ahead anyway' }).check();
    await expect(remove).toBeEnabled();
  });
});

test.describe('access hygiene', () => {
  test('the timeline and the hygiene view pass an axe scan', async ({ page }) => {
    await signIn(page, 'acme-admin');
    await new ExpiringPage(page).goto(90);
    await expectNoSeriousA11yViolations(page, '/access/expiring?days=90');
    await new HygienePage(page).goto();
    await expectNoSeriousA11yViolations(page, '/access/hygiene');
  });

  test('a grant whose device was deleted is listed, and cleanup removes it', async ({ page }) => {
    await signIn(page, 'acme-admin');
    const deleted = await callApi<{ id: number }>(page, ADMIN, 'DELETE', '/gw/devices/312');
    expect(deleted.status).toBe(200);
    const hygiene = new HygienePage(page);
    await hygiene.goto();
    const findings = await list<HygieneFinding>(page, '/platform/access/1000/hygiene');
    expect(findings.map((f) => f.name)).toContain('Reefer 12 support for Dana');
    await expect(hygiene.bodyRows()).toHaveCount(findings.length);
    expect((await hygiene.names()).sort()).toEqual(findings.map((f) => f.name).sort());
    await expect(hygiene.row('Reefer 12 support for Dana')).toContainText('item lists are empty');
    await hygiene.remove('grant “Reefer 12 support for Dana”');
    await hygiene.dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByText('Removed grant “Reefer 12 support for Dana”')).toBeVisible();
    await expect(hygiene.row('Reefer 12 support for Dana')).toHaveCount(0);
    expect((await callApi(page, ADMIN, 'GET', '/platform/grants/2')).status).toBe(404);
  });
});
