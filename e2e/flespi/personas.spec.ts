import { PERSONAS, persona, signIn } from '../fixtures';
import { LoginPage } from '../pages/LoginPage';
import { expect, test } from './flespiFixtures';

const LIVE = PERSONAS.filter((p) => !p.refused);

test.describe('every persona against the flespi-only server', () => {
  for (const p of LIVE) {
    test(`${p.label} signs in and opens every screen of the menu`, async ({ page }) => {
      const shell = await signIn(page, p.id);
      const links = shell.menu.getByRole('link');
      await expect(links.first()).toBeVisible();
      const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
      for (const href of hrefs) {
        await page.goto(href);
        await expect(shell.pageHeading).toBeVisible();
        await expect(page.getByRole('progressbar')).toHaveCount(0);
      }
    });
  }

  test('an expired token is refused with its reason', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signInWithKey(persona('old-token').key);
    await expect(login.alert).toContainText(/expired/i);
  });
});
