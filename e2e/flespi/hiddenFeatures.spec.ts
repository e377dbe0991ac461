/** What only our backend has (roles, explorer, hygiene, who has access, previews) is left out against flespi, with one sentence why. */
import { openInApp, signIn } from '../fixtures';
import { InstancesPage } from '../pages/InstancesPage';
import { expect, test } from './flespiFixtures';

const WHY =
  /Roles, role assignments, the access explorer, access hygiene, “who has access” and access previews are extensions of this panel's own backend; the flespi server you are signed in to has none of them\./;

test('the menu leaves them out and says why; their addresses say the same', async ({ page }) => {
  const shell = await signIn(page, 'acme-admin');
  await expect(shell.menu.getByText(WHY)).toBeVisible();
  for (const label of ['Roles', 'Access explorer', 'Access hygiene']) await expect(shell.menuLink(label)).toHaveCount(0);
  for (const path of ['/access/roles', '/access/explorer', '/access/hygiene']) {
    await openInApp(page, path);
    await expect(shell.pageHeading).toHaveText(/^No access to /);
    await expect(page.getByRole('main').getByText(WHY)).toBeVisible();
  }
});

test('an instance page has no "Who has access" tab; its other tabs are there', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoDetail(301);
  await expect(devices.main.getByRole('tab', { name: 'Overview' })).toBeVisible();
  await expect(devices.main.getByRole('tab', { name: 'Who has access' })).toHaveCount(0);
});
