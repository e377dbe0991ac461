import { paths } from '../../src/lib/paths';
import { callApi, createToken, disableToken, expect, persona, personaKey, signIn, test } from '../fixtures';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';

const UNKNOWN_KEY = 'Q'.repeat(32) + '7'.repeat(32);

test.describe('login by token', () => {
  test('a valid key opens the shell with the account and token kind', async ({ page, loginPage, shell }) => {
    await loginPage.goto();
    await loginPage.keyInput.fill(personaKey('acme-admin'));
    await expect(loginPage.keyInput).toHaveAttribute('type', 'password');
    await loginPage.showKey.click();
    await expect(loginPage.keyInput).toHaveAttribute('type', 'text');
    await loginPage.submit.click();
    await expect(shell.identity).toContainText(persona('acme-admin').accountName);
    await expect(shell.identity).toContainText('Master token');
    await expect(shell.menuSection('Access Management')).toBeVisible();
    expect(page.url()).not.toContain(personaKey('acme-admin'));
  });

  test('an unknown key is refused as unknown', async ({ loginPage }) => {
    await loginPage.goto();
    await loginPage.signInWithKey(UNKNOWN_KEY);
    await expect(loginPage.alert).toContainText('Unknown token');
    await expect(loginPage.alert).not.toContainText(UNKNOWN_KEY);
  });

  test('a malformed key is refused before asking the server', async ({ loginPage }) => {
    await loginPage.goto();
    await loginPage.signInWithKey('not-a-key');
    await expect(loginPage.alert).toContainText('This is not a token key');
  });

  test('an expired key (Old token) is refused as expired', async ({ loginPage }) => {
    await loginPage.goto();
    await loginPage.signInWithKey(personaKey('old-token'));
    await expect(loginPage.alert).toContainText('This token has expired');
  });

  test('a disabled key is refused as disabled', async ({ page, loginPage }) => {
    await loginPage.goto();
    const token = await createToken(page, 'e2e disabled token');
    await disableToken(page, token.id);
    await loginPage.signInWithKey(token.key);
    await expect(loginPage.alert).toContainText('This token is disabled');
  });

  test('an access link signs in and the key leaves the address bar', async ({ page, shell }) => {
    const key = personaKey('northwind-ops');
    await page.goto(paths.login.getHref({ token: key }));
    await expect(shell.signOut).toBeVisible();
    await expect(shell.identity).toContainText('Standard token');
    expect(page.url()).not.toContain(key);
    expect(await page.evaluate(() => window.location.href + JSON.stringify(window.history.state))).not.toContain(key);
  });

  test('logout forgets the token everywhere, other tabs included', async ({ page, context }) => {
    const shell = await signIn(page, 'acme-admin', { stay: true });
    const other = await context.newPage();
    await other.goto(paths.list.getHref('tokens'));
    await expect(new AppShell(other).pageHeading).toHaveText('Tokens');
    await shell.signOut.click();
    await expect(new LoginPage(other).heading).toBeVisible();
    const login = new LoginPage(page);
    await expect(login.heading).toBeVisible();
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }));
    expect(stored).not.toContain(personaKey('acme-admin'));
    await page.goto(paths.list.getHref('tokens'));
    await expect(login.heading).toBeVisible();
  });

  test('a deep link opened signed out comes back after login, and survives a reload', async ({ page }) => {
    await page.goto('/access/tokens?view=all');
    const login = new LoginPage(page);
    await expect(login.heading).toBeVisible();
    await expect(page).toHaveURL(/\/login\?next=%2Faccess%2Ftokens%3Fview%3Dall$/);
    await login.signInWithKey(personaKey('acme-admin'));
    await expect(page).toHaveURL(/\/access\/tokens\?view=all$/);
    const shell = new AppShell(page);
    await expect(shell.pageHeading).toHaveText('Tokens');
    await page.reload();
    await expect(shell.pageHeading).toHaveText('Tokens');
    await expect(page.getByRole('table', { name: 'Tokens' })).toBeVisible();
  });

  test('"Stay signed in" keeps the session in a new tab and after a browser restart', async ({ page, context, browser }) => {
    await signIn(page, 'acme-admin', { stay: true });
    await page.goto(paths.list.getHref('tokens'));
    const tab = await context.newPage();
    await tab.goto(paths.list.getHref('tokens'));
    await expect(new AppShell(tab).pageHeading).toHaveText('Tokens');
    const restarted = await browser.newContext({ storageState: await context.storageState() });
    const again = await restarted.newPage();
    await again.goto(paths.list.getHref('tokens'));
    await expect(new AppShell(again).pageHeading).toHaveText('Tokens');
    await restarted.close();
  });

  test('without "Stay signed in" the session lasts for the tab only', async ({ page, context }) => {
    const shell = await signIn(page, 'acme-admin');
    await page.reload();
    await expect(shell.signOut).toBeVisible();
    const tab = await context.newPage();
    await tab.goto(paths.list.getHref('tokens'));
    await expect(new LoginPage(tab).heading).toBeVisible();
  });

  test('a 401 later sends the user to login with the reason, and back after signing in', async ({ page, loginPage, shell }) => {
    await loginPage.goto();
    const token = await createToken(page, 'e2e token disabled mid-session');
    await loginPage.signInWithKey(token.key);
    await shell.open('Devices');
    await disableToken(page, token.id);
    expect((await callApi(page, token.key, 'GET', '/auth/info')).status).toBe(401);
    await shell.menuLink('Channels').click();
    await expect(loginPage.notice).toContainText('disabled');
    await expect(page).toHaveURL(/next=%2Fchannels/);
    await loginPage.signInWithKey(personaKey('acme-admin'));
    await expect(page).toHaveURL(/\/channels$/);
  });
});

test.describe('menu by token kind', () => {
  test('a standard token sees no Access Management, and its routes say "no access"', async ({ page }) => {
    const shell = await signIn(page, 'northwind-ops');
    await expect(shell.menuSection('Instances')).toBeVisible();
    await expect(shell.menuLink('Devices')).toBeVisible();
    await expect(shell.menuSection('Access Management')).toHaveCount(0);
    await expect(shell.menuLink('Tokens')).toHaveCount(0);
    await page.goto(paths.list.getHref('tokens'));
    await expect(shell.pageHeading).toHaveText('No access to Tokens');
  });

  test('an ACL token on devices sees Devices only', async ({ page }) => {
    const shell = await signIn(page, 'toolbox-link');
    await expect(shell.menuLink('Devices')).toBeVisible();
    await expect(shell.menuLink('Channels')).toHaveCount(0);
    await expect(shell.menuSection('Access Management')).toHaveCount(0);
  });
});
