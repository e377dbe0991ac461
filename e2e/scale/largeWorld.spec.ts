import { paths } from '../../src/lib/paths';
import type { Page } from '@playwright/test';
import { callApi, expect, test } from '../fixtures';
import { LoginPage } from '../pages/LoginPage';
import { largePersonaKey } from './largeWorldKeys';

const SEED = 42;

/** Records every text the backend's progress line shows, from before the page's own scripts run. */
async function recordProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { progressTexts: string[] }).progressTexts = seen;
    new MutationObserver(() => {
      const el = document.querySelector('[data-mock-progress]');
      const text = el?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressTexts: string[] }).progressTexts);
}

test.describe('the large world', () => {
  test.setTimeout(90_000);

  test('opens from the URL with progress, signs in as its persona, and switches back to the demo world', async ({ page }) => {
    const progress = await recordProgress(page);
    const login = new LoginPage(page);
    await page.goto(paths.login.getHref({ world: { kind: 'large', seed: SEED } }));
    await expect(login.heading).toBeVisible({ timeout: 60_000 });

    const texts = await progress();
    const percents = texts
      .map((t) => /^Building the large world… (\d+)%$/.exec(t)?.[1])
      .filter((p) => p !== undefined)
      .map(Number);
    expect(
      percents.some((p) => p > 0 && p < 100),
      `progress shown: ${texts.join(' | ')}`,
    ).toBe(true);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    await expect(page.getByRole('status').filter({ hasText: 'Building the large world' })).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('');

    await expect(page.getByRole('checkbox', { name: `Large world: 1,000 accounts, 100,000 devices (seed ${SEED})` })).toBeChecked();
    await expect(page.getByRole('heading', { name: 'Large world personas' })).toBeVisible();
    await login.personaButton('Root admin').click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    const key = largePersonaKey(SEED, 'large-root');
    const answer = await callApi(page, key, 'GET', '/gw/devices/all?limit=1');
    expect((answer.body as { pagination?: { count: number } }).pagination?.count).toBe(100_000);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(login.heading).toBeVisible();
    await page.getByRole('checkbox', { name: /^Large world/ }).uncheck();
    await expect(page.getByRole('heading', { name: 'Demo personas' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('checkbox', { name: /^Large world/ })).not.toBeChecked();
    expect((await callApi(page, key, 'GET', '/auth/info')).status).toBe(401);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Demo personas' })).toBeVisible();
    await login.personaButton('Acme admin').click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  test('lists devices one page at a time, with a pager counting what the API counts', async ({ page }) => {
    await page.goto(paths.login.getHref({ world: { kind: 'large', seed: SEED } }));
    await new LoginPage(page).personaButton('Root admin').click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible({ timeout: 60_000 });
    const key = largePersonaKey(SEED, 'large-root');
    const answer = await callApi(page, key, 'GET', '/gw/devices/all?limit=1');
    const count = (answer.body as { pagination?: { count: number } }).pagination?.count ?? NaN;
    await page.goto(paths.list.getHref('devices'));
    const table = page.getByRole('table', { name: 'Devices' });
    await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(new RegExp(`of (${count}|${count.toLocaleString('en-US')})$`))).toBeVisible();
    expect(await table.getByRole('row').count()).toBeLessThanOrEqual(101);
  });

  test('stays the large world after a reload (the browser keeps its seed, and the world once changed)', async ({ page }) => {
    await page.goto(paths.login.getHref({ world: { kind: 'large', seed: SEED } }));
    await expect(page.getByRole('heading', { name: 'Large world personas' })).toBeVisible({ timeout: 60_000 });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Large world personas' })).toBeVisible({ timeout: 60_000 });
    const key = largePersonaKey(SEED, 'large-root');
    expect((await callApi(page, key, 'GET', '/auth/info')).status).toBe(200);

    expect((await callApi(page, key, 'PATCH', '/gw/devices/77777', { name: 'Kept across reloads' })).status).toBe(200);
    // The answer came once the change was journalled beside the world's recipe: a reload at once rebuilds and replays it.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Large world personas' })).toBeVisible({ timeout: 60_000 });
    const device = await callApi<{ name: string }>(page, key, 'GET', '/gw/devices/77777');
    expect(device.body.result?.[0]?.name).toBe('Kept across reloads');
    const count = await callApi(page, key, 'GET', '/gw/devices/all?limit=1');
    expect((count.body as { pagination?: { count: number } }).pagination?.count).toBe(100_000);
  });
});
