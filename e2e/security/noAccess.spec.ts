/**
 * Issue 7, security: every Access Management route opened directly by a standard or an ACL token shows
 * "no access" and no data, and the API refuses the same principal (403 by token kind).
 */
import { callApi, expect, openInApp, personaKey, signIn, test } from '../fixtures';
import type { Persona } from '../fixtures';

const ACCESS_ROUTES = [
  ['/access/subaccounts', 'Subaccounts'],
  ['/access/subaccounts/1004', 'Subaccounts'],
  ['/access/subaccounts/1004/logs', 'Subaccounts'],
  ['/access/tokens', 'Tokens'],
  ['/access/tokens/1', 'Tokens'],
  ['/access/grants', 'Grants'],
  ['/access/grants?view=received', 'Grants'],
  ['/access/grants/1/logs', 'Grants'],
  ['/access/roles', 'Roles'],
  ['/access/roles/assignments', 'Roles'],
  ['/access/roles/1', 'Roles'],
  ['/access/expiring', 'Expiring'],
] as const;

const API_PATHS = ['/platform/subaccounts/all', '/platform/tokens/all', '/platform/grants/all', '/platform/role-assignments/all', '/platform/customer/logs'];

for (const who of ['northwind-ops', 'toolbox-link'] as const satisfies readonly Persona['id'][]) {
  test.describe(`${who} opening Access Management directly`, () => {
    test('every route says "no access" and shows no data', async ({ page }) => {
      const shell = await signIn(page, who);
      for (const [i, [path, label]] of ACCESS_ROUTES.entries()) {
        // The first by a page load (a deep link), the others by the address as an in-app link sets it.
        if (i === 0) await page.goto(path);
        else await openInApp(page, path);
        await expect(shell.pageHeading, path).toHaveText(new RegExp(`^No access to ${label}`));
        await expect(page.getByRole('main').getByRole('table'), path).toHaveCount(0);
        await expect(page.getByRole('main').getByText(/master token/), path).toBeVisible();
      }
    });

    test('the API refuses the same principal with 403 and a reason', async ({ page }) => {
      await signIn(page, who);
      for (const path of API_PATHS) {
        const answer = await callApi(page, personaKey(who), 'GET', path);
        expect(answer.status, path).toBe(403);
        expect(answer.body.result, path).toBeUndefined();
        expect(answer.body.errors?.[0]?.reason, path).toMatch(/master/i);
      }
    });
  });
}
