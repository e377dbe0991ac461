/**
 * Issue 9, access hygiene: the expiry timeline against the API's lists, extending from it, and cleanup of a
 * grant whose device was deleted (the lock-out guard on the last root master token: `lockout.spec.ts`).
 */
import type { Grant, RoleAssignment } from '../../src/domain/types';
import type { HygieneFinding } from '../../src/permissions';
import { callApi, expect, selectOption, signIn, test } from '../fixtures';
import { expectNoSeriousA11yViolations } from '../a11y/axe';
import { ExpiringPage } from '../pages/ExpiringPage';
import { HygienePage } from '../pages/HygienePage';
import { ADMIN, DAY, expectedTimeline, list } from './hygieneApi';

const READER_FOR_DANA = 'reader for Dana (supporter) on account Northwind Logistics and below';
const CONTRIBUTOR_FOR_DANA = 'contributor for Dana (supporter) on account Contoso Foods and below';

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
