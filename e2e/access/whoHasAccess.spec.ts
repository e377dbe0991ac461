/** The "Who has access" tab of devices and subaccounts on the demo world: it equals the endpoint (the explorer: `explorer.spec.ts`). */
import { paths } from '../../src/lib/paths';
import { summarizeRules } from '../../src/permissions';
import type { AccessEntry } from '../../src/permissions';
import { callApi, expect, signIn, test } from '../fixtures';
import { WhoHasAccessTab } from '../pages/WhoHasAccessTab';
import { ADMIN, accountLabels } from './explorerRows';

interface WhoAnswer {
  accounts: Array<{ cid: number; name: string; permissions: string[]; rules: AccessEntry['rules'] }>;
  tokens: Array<{ id: number; info: string; permissions: string[] }>;
}

test.describe('who has access', () => {
  test("device 312: Dana's account reads and edits it via grant #2; the tab equals the endpoint", async ({ page }) => {
    await signIn(page, 'acme-admin');
    const who = new WhoHasAccessTab(page);
    await page.goto(paths.detail.getHref('devices', 312));
    await who.tab.click();
    await expect(page).toHaveURL(/\/devices\/312\/access$/);
    const api = await callApi<WhoAnswer>(page, ADMIN, 'GET', '/platform/access/1000/who/devices/312');
    const answer = api.body.result?.[0];
    if (!answer) throw new Error('no answer');
    await expect(who.accountRows()).toHaveCount(answer.accounts.length);
    const label = await accountLabels(page);
    const shownAccounts = [];
    for (const row of await who.accountRows().all()) {
      const cells = row.getByRole('cell');
      shownAccounts.push({
        name: await cells.nth(0).textContent(),
        permissions: await cells.nth(1).textContent(),
        reasons: await who.reasons(row).allTextContents(),
      });
    }
    expect(shownAccounts).toEqual(
      answer.accounts.map((a) => ({ name: a.name, permissions: a.permissions.join(', '), reasons: summarizeRules(a.rules, label).map((s) => s.text) })),
    );
    // By the access model: Dana (supporter) reaches Reefer 12 only through grant 2, read + edit.
    // Accounts the principal may open link to their pages; the acting account itself has none, so it is text.
    const root = who.accountRow('Acme Telematics').getByRole('cell').first();
    await expect(root.getByRole('link')).toHaveCount(0);
    await expect(who.accountRow('Contoso Foods').getByRole('link', { name: 'Contoso Foods', exact: true })).toHaveAttribute('href', '/access/subaccounts/1005');
    const dana = who.accountRow('Dana (supporter)');
    await expect(dana.getByRole('cell').nth(1)).toHaveText('read, update, logs');
    await expect(who.reasonLinks(dana)).toHaveText([/^grant “Reefer 12 support for Dana”: read, edit, until /]);
    await expect(who.reasonLinks(dana).first()).toHaveAttribute('href', '/access/grants/2');
    await expect(who.tokenRows()).toHaveCount(answer.tokens.length);
    const tokenIds = await who.tokenRows().evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.textContent ?? ''));
    expect(tokenIds).toEqual(answer.tokens.map((t) => String(t.id)));
    // Dana's standard token (a persona) is among them.
    await expect(who.tokens.getByRole('link', { name: 'Dana', exact: true })).toBeVisible();
  });

  test('subaccounts have the tab too: Support reaches Northwind through operate-as', async ({ page }) => {
    await signIn(page, 'acme-admin');
    const who = new WhoHasAccessTab(page);
    await page.goto(paths.detail.getHref('subaccounts', 1004, 'access'));
    await expect(who.tab).toHaveAttribute('aria-selected', 'true');
    const api = await callApi<WhoAnswer>(page, ADMIN, 'GET', '/platform/access/1000/who/subaccounts/1004');
    await expect(who.accountRows()).toHaveCount(api.body.result?.[0]?.accounts.length ?? -1);
    // Support operates Northwind (grant 5).
    await expect(who.reasonLinks(who.accountRow('Support'))).toContainText(['grant “Support operates Northwind” operate-as on subaccount Northwind Logistics']);
  });

  test('a standard token has no "Who has access" tab', async ({ page }) => {
    await signIn(page, 'dana');
    await page.goto(paths.detail.getHref('devices', 312));
    await expect(page.getByRole('tab', { name: 'Overview' })).toBeVisible();
    await expect(new WhoHasAccessTab(page).tab).toHaveCount(0);
  });
});
