/** The explorer on the large world (100,000 devices): one page rendered, counts and filters from the server. */
import { paths } from '../../src/lib/paths';
import { callApi, expect, test } from '../fixtures';
import { ExplorerPage } from '../pages/ExplorerPage';
import { LoginPage } from '../pages/LoginPage';
import { largePersonaKey } from '../scale/largeWorldKeys';

const SEED = 42;

test('the root reaches 100,000 devices: the explorer shows one page and the API count, then a filtered count', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(paths.login.getHref({ world: { kind: 'large', seed: SEED } }));
  await new LoginPage(page).personaButton('Root admin').click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible({ timeout: 60_000 });
  const key = largePersonaKey(SEED, 'large-root');
  const info = await callApi<{ cid: number }>(page, key, 'GET', '/auth/info');
  const cid = info.body.result?.[0]?.cid ?? -1;
  const all = await callApi(page, key, 'GET', `/platform/access/${cid}?type=devices&limit=1`);
  const count = (all.body as { pagination?: { count: number } }).pagination?.count;
  expect(count).toBe(100_000);

  const explorer = new ExplorerPage(page);
  await explorer.goto({ type: 'devices' });
  await expect(explorer.summary.filter({ hasText: `${count} devices` })).toBeVisible({ timeout: 30_000 });
  await expect(explorer.rows('devices')).toHaveCount(25);
  await expect(page.getByText(/of 100000|of 100,000/)).toBeVisible();

  await explorer.filterSource('Grant');
  const granted = await callApi(page, key, 'GET', `/platform/access/${cid}?type=devices&source=grant&limit=1`);
  const grantedCount = (granted.body as { pagination?: { count: number } }).pagination?.count ?? -1;
  await expect(explorer.summary.filter({ hasText: `${grantedCount} devices` })).toBeVisible({ timeout: 30_000 });
  expect(await explorer.rows('devices').count()).toBeLessThanOrEqual(25);
});
