/**
 * A crash right after an answer loses nothing the answer acknowledged (issue 21): the tab is crashed
 * through the DevTools protocol (`Page.crash`), then the whole browser is killed (SIGKILL: no process,
 * the backend worker included, keeps a copy in memory), and a browser started again on the same profile
 * finds the change. On the demo world and on the large one (whose changes are journalled beside its recipe).
 */
import { paths } from '../../src/lib/paths';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { expect, personaKey, test } from '../fixtures';
import { LoginPage } from '../pages/LoginPage';
import { largePersonaKey } from '../scale/largeWorldKeys';

const launch = (profile: string, baseURL: string): Promise<BrowserContext> =>
  chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath ?? undefined,
    args: chromiumArgs,
    headless: true,
    baseURL,
    reducedMotion: 'reduce',
  });

/** Answers one request in the page, then crashes the page and kills its browser at once (no grace period). */
async function writeThenCrash(page: Page, profile: string, key: string, path: string, body: unknown): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const status = await page.evaluate(
    async ({ key, path, body }) => {
      const res = await fetch(path, {
        method: 'PATCH',
        headers: { Authorization: `FlespiToken ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return res.status;
    },
    { key, path, body },
  );
  // Not awaited: the browser is killed while the crash is on its way.
  void cdp.send('Page.crash').catch(() => undefined);
  killBrowser(profile);
  expect(status).toBe(200);
}

/** SIGKILL to every process of the browser on this profile (found through /proc: no `pkill` needed). */
function killBrowser(profile: string): void {
  const mark = `--user-data-dir=${profile}`;
  let killed = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (!args.includes(mark)) continue;
    try {
      process.kill(Number(pid), 'SIGKILL');
      killed++;
    } catch {
      // Gone already.
    }
  }
  expect(killed, 'browser processes killed').toBeGreaterThan(0);
}

async function readName(page: Page, key: string, path: string): Promise<string | undefined> {
  return page.evaluate(
    async ({ key, path }) => {
      const res = await fetch(`${path}?fields=name`, { headers: { Authorization: `FlespiToken ${key}` } });
      return ((await res.json()) as { result?: Array<{ name: string }> }).result?.[0]?.name;
    },
    { key, path },
  );
}

test.describe('a crash right after an answer', () => {
  let profile = '';
  test.beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'panel-crash-'));
  });
  test.afterEach(() => rmSync(profile, { recursive: true, force: true }));

  test('keeps the change on the demo world', async ({ baseURL }) => {
    const key = personaKey('acme-admin');
    const first = await launch(profile, baseURL ?? '');
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(paths.login.getHref());
    await expect(new LoginPage(page).heading).toBeVisible();
    await writeThenCrash(page, profile, key, '/gw/devices/100', { name: 'Renamed just before the crash' });

    const again = await launch(profile, baseURL ?? '');
    const reopened = again.pages()[0] ?? (await again.newPage());
    await reopened.goto(paths.login.getHref());
    await expect(new LoginPage(reopened).heading).toBeVisible();
    expect(await readName(reopened, key, '/gw/devices/100')).toBe('Renamed just before the crash');
    await again.close();
  });

  test('keeps the change on the large world', async ({ baseURL }) => {
    test.setTimeout(90_000);
    const key = largePersonaKey(42, 'large-root');
    const first = await launch(profile, baseURL ?? '');
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(paths.login.getHref({ world: { kind: 'large', seed: 42 } }));
    await expect(page.getByRole('heading', { name: 'Large world personas' })).toBeVisible({ timeout: 60_000 });
    await writeThenCrash(page, profile, key, '/gw/devices/5000', { name: 'Large world, renamed before the crash' });

    const again = await launch(profile, baseURL ?? '');
    const reopened = again.pages()[0] ?? (await again.newPage());
    await reopened.goto(paths.login.getHref());
    await expect(reopened.getByRole('heading', { name: 'Large world personas' })).toBeVisible({ timeout: 60_000 });
    expect(await readName(reopened, key, '/gw/devices/5000')).toBe('Large world, renamed before the crash');
    await again.close();
  });
});
