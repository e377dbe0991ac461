/**
 * `npm run bench:ui`: the large world, measured the way a user meets it. Writes bench/UI-RESULTS.md.
 * BENCH_RUNS (default 5) timed runs per interaction, after one warm-up run; BENCH_MOCK_ONLY=1 stops after
 * the mock backend's own timings.
 */
import { expect, test } from '@playwright/test';
import { CPU_SLOWDOWN, slowPage, slowWorkers } from './cpuSlowdown';
import { writeResults } from './report';
import type { Row } from './report';
import { timed } from './timing';
import { DEVICE_ROWS, RUNS, SEED, changeThenList, fetchMs, interaction, personaButton, reloadChanged, repeat, rootAdminKey } from './interactions';

test('large world: login, search, grant dialog, acting account', async ({ page, browser }) => {
  const rows: Row[] = [];

  const t0 = Date.now();
  await page.goto(`/login?world=large&seed=${SEED}`);
  await expect(page.getByRole('heading', { name: 'Large world personas' })).toBeVisible({ timeout: 120_000 });
  rows.push({ name: 'build the large world in the browser (once; generation + index, wall time)', goalMs: null, runs: [Date.now() - t0] });
  await slowPage(page);
  const workers = await slowWorkers(browser);
  const slowdown = CPU_SLOWDOWN === 1 ? {} : { slowdown: { factor: CPU_SLOWDOWN, workers } };
  if (CPU_SLOWDOWN !== 1) console.log(`CPU slowdown ×${CPU_SLOWDOWN}; workers: ${workers.join('; ') || 'none found'}`);

  // (0) The mock backend on its own: fetch in the page, answered by the service worker.
  const rootKey = rootAdminKey();
  for (const [name, path] of [
    ['mock: GET /gw/devices/all?limit=50 (root admin)', '/gw/devices/all?limit=50'],
    ['mock: GET /gw/devices/all?limit=50&offset=99950', '/gw/devices/all?limit=50&offset=99950'],
    [
      'mock: GET /platform/access/1?type=devices&ids=<50 ids>',
      `/platform/access/1?type=devices&ids=${Array.from({ length: 50 }, (_, i) => 1000 + i).join(',')}`,
    ],
    ['mock: GET /platform/access/1?type=devices&limit=50', '/platform/access/1?type=devices&limit=50'],
    ['mock: GET /platform/access/1/accounts', '/platform/access/1/accounts'],
  ] as const) {
    rows.push({ name, goalMs: 200, runs: await repeat(() => fetchMs(page, rootKey, path)) });
  }

  if (process.env.BENCH_MOCK_ONLY) {
    rows.push(await changeThenList(page, rootKey));
    rows.push(await reloadChanged(page));
    console.log(`\n${writeResults(rows, { chromium: browser.version(), seed: SEED, runs: RUNS, ...slowdown })}`);
    return;
  }

  // (1) Login to the first rows of devices: the persona's click until the devices table has rows.
  rows.push(
    await interaction('login → first rows of devices (root admin, 100,000 devices)', 1000, async () => {
      await page.goto('/login?next=%2Fdevices');
      await expect(personaButton(page, 'Root admin')).toBeEnabled({ timeout: 120_000 });
      const ms = await timed(page, { selector: `${DEVICE_ROWS} a` }, () => personaButton(page, 'Root admin').click());
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(personaButton(page, 'Root admin')).toBeVisible();
      return ms;
    }),
  );
  await page.goto('/login?next=%2Fdevices');
  await personaButton(page, 'Root admin').click();
  await expect(page.locator(DEVICE_ROWS).first()).toBeVisible();

  // (2) Applying a search on devices (Enter applies it at once; typing alone waits for a pause).
  const search = page.getByRole('main').getByRole('searchbox');
  const needles = ['4242', '777', '1234', '9999', '31415', '2718', '555', '808'];
  await expect(search).toBeVisible();
  rows.push(
    await interaction('search devices (Enter → matching rows)', 200, async (i) => {
      const needle = needles[i + 1] ?? String(100 + i);
      return timed(page, { selector: DEVICE_ROWS, text: needle, every: true, changed: true }, async () => {
        await search.fill(needle);
        await search.press('Enter');
      });
    }),
  );

  // (3) The grant dialog (green "+" on Grants) and its preview.
  await page.goto('/access/grants');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  const add = page.getByRole('button', { name: /^(New grant|Create grant)$/ }).first();
  await expect(add).toBeVisible();
  rows.push(
    await interaction('open the grant dialog', 200, async () => {
      const ms = await timed(page, { selector: '[role="dialog"]' }, () => add.click());
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      return ms;
    }),
  );
  // Editing an existing grant: the dialog opens with a complete draft, so its preview is asked at once
  // (a different grant each run: a preview seen before would come from the cache).
  const edit = page.getByRole('main').getByRole('button', { name: 'Edit', exact: true });
  rows.push(
    await interaction('edit a grant → its access preview shown', 200, async (i) => {
      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Grants', exact: true }).click();
      await page
        .getByRole('main')
        .locator('tbody tr')
        .nth(i + 1)
        .getByRole('link')
        .first()
        .click();
      await expect(edit).toBeEnabled();
      const ms = await timed(page, { selector: '[role="dialog"] section[aria-label="What changes"]' }, () => edit.click());
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      return ms;
    }),
  );

  // (4) Switching the acting account: open the switcher, pick an account, until its devices show
  // (Root and its largest branch, Account 2, in turn; the warm-up goes to Account 2).
  await page.goto('/devices');
  await expect(page.locator(DEVICE_ROWS).first()).toBeVisible();
  const switcher = page.getByRole('button', { name: /^Acting as / });
  rows.push(
    await interaction('open the account switcher (≈1,000 accounts)', 200, async () => {
      const ms = await timed(page, { selector: '[role="menu"] [role="menuitem"]' }, () => switcher.click());
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toHaveCount(0);
      return ms;
    }),
  );
  rows.push(
    await interaction('switch acting account → its first rows of devices', 200, async (i) => {
      await switcher.click();
      const target = page.getByRole('menuitem').filter({ hasText: i % 2 === 0 ? '#1,' : '#2,' });
      const ms = await timed(page, { selector: `${DEVICE_ROWS} a`, changed: true }, () => target.click());
      await expect(page.getByRole('menu')).toHaveCount(0);
      return ms;
    }),
  );

  // Last: the first change makes the world non-pristine (its changes journalled beside the recipe).
  rows.push(await changeThenList(page, rootKey));
  rows.push(await reloadChanged(page));

  const t = writeResults(rows, { chromium: browser.version(), seed: SEED, runs: RUNS, ...slowdown });
  console.log(`\n${t}\n(written to bench/UI-RESULTS.md)`);
});
