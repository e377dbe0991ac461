/** Issue 7, accessibility: an axe scan of every screen (dialogs: dialogs.spec.ts). */
import { paths } from '../../src/lib/paths';
import { expect, openInApp, signIn, test } from '../fixtures';
import { expectNoSeriousA11yViolations } from './axe';

const MASTER_SCREENS = [
  '/access/subaccounts',
  '/access/subaccounts/1004',
  '/access/subaccounts/1004/logs',
  '/access/subaccounts/1004/access',
  '/access/tokens',
  '/access/tokens/7',
  '/access/grants',
  '/access/grants?view=received',
  '/access/grants/2',
  '/access/grants/2/grantees',
  '/access/grants/2/logs',
  '/access/roles',
  '/access/roles/3',
  '/access/roles/3/assignments',
  '/access/roles/assignments',
  '/access/explorer',
  '/access/explorer?cid=1007',
  '/access/expiring',
  '/access/limits',
  '/access/subaccounts/1006',
  '/devices',
  '/devices/312',
  '/devices/312/logs',
  '/devices/312/access',
  '/channels',
  '/channels/1',
  '/streams',
  '/streams/1/devices',
  '/calcs',
  '/calcs/2',
  '/calcs/2/devices',
  '/plugins',
  '/plugins/1',
  '/groups',
  '/groups/1/devices',
  '/no-such-page',
];

test('the login page', async ({ page }) => {
  await page.goto(paths.login.getHref());
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/login');
});

const CHUNK = 9;
for (let start = 0; start < MASTER_SCREENS.length; start += CHUNK) {
  const chunk = MASTER_SCREENS.slice(start, start + CHUNK);
  test(`screens of a master token: ${chunk[0]} … ${chunk[chunk.length - 1]}`, async ({ page }) => {
    await signIn(page, 'acme-admin');
    for (const path of chunk) {
      await openInApp(page, path);
      await expect(page.getByRole('main').getByRole('heading', { level: 1 }), path).toBeVisible();
      // Wait for data (or its empty/error state) rather than scanning a spinner.
      await expect(page.getByRole('progressbar'), path).toHaveCount(0);
      await expectNoSeriousA11yViolations(page, path);
    }
  });
}

test('the screens of standard and ACL tokens, "no access" included', async ({ page }) => {
  await signIn(page, 'toolbox-link');
  for (const path of ['/devices', '/devices/301', '/access/tokens']) {
    await openInApp(page, path);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 }), path).toBeVisible();
    await expect(page.getByRole('progressbar'), path).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, path);
  }
});
