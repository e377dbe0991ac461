/** Shared e2e helpers: page objects, the demo personas (mocks/db/demo/personas.ts), API calls in the page. */
import { test as base, expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { PERSONAS, personaKey } from '../mocks/db/demo/personas';
import type { Persona } from '../mocks/db/demo/personas';
import { AppShell } from './pages/AppShell';
import { LoginPage } from './pages/LoginPage';

export { expect, PERSONAS, personaKey };
export type { Persona };

export const persona = (id: Persona['id']): Persona => {
  const p = PERSONAS.find((x) => x.id === id);
  if (!p) throw new Error(`unknown persona ${id}`);
  return p;
};

export const test = base.extend<{ loginPage: LoginPage; shell: AppShell }>({
  loginPage: async ({ page }, provide) => provide(new LoginPage(page)),
  shell: async ({ page }, provide) => provide(new AppShell(page)),
});

/** Signs in through the login form with a persona's key and waits for the shell. */
export async function signIn(page: Page, id: Persona['id'], opts: { stay?: boolean; query?: string } = {}): Promise<AppShell> {
  return signInWith(page, personaKey(id), opts);
}

/**
 * Signs in through the login form with any key and waits for the shell: the session is stored only once the
 * shell shows, so a `page.goto` before that would land on the sign-in screen again.
 */
export async function signInWith(page: Page, key: string, opts: { stay?: boolean; query?: string } = {}): Promise<AppShell> {
  const login = new LoginPage(page);
  await login.goto(opts.query);
  await login.signInWithKey(key, opts);
  const shell = new AppShell(page);
  await expect(shell.signOut).toBeVisible();
  return shell;
}

/**
 * Opens a path inside the running app, as a click on an in-app link does (no reload: the app, the mock
 * backend and the world stay loaded). For tests that visit many screens; `page.goto` tests the deep link.
 */
export async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    // Every screen names itself in the tab title on each commit (useDocumentTitle): cleared here, set
    // again once the new route has rendered.
    document.title = '';
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
  await expect(page).toHaveTitle(/\S/);
}

/**
 * Picks an option of a MUI select: opens it (again, if a re-render on a busy machine closed it before
 * the listbox showed) and clicks the option.
 */
export async function selectOption(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  const listbox = page.getByRole('listbox');
  await expect(async () => {
    if (!(await listbox.isVisible())) await select.click();
    await expect(listbox).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await listbox.getByRole('option', { name: option }).click();
}

interface ApiAnswer<T> {
  status: number;
  body: { result?: T[]; errors?: Array<{ code: number; reason: string }> };
}

/**
 * Calls the API from inside the page, so that the in-browser mock backend (a service worker of this
 * browser context) answers. The page must have loaded the app once.
 */
export async function callApi<T>(page: Page, key: string, method: string, path: string, body?: unknown, opts: { cid?: number } = {}): Promise<ApiAnswer<T>> {
  return page.evaluate(
    async ({ key, method, path, body, cid }) => {
      const headers: Record<string, string> = { Authorization: `FlespiToken ${key}`, 'Content-Type': 'application/json' };
      if (cid !== undefined) headers['x-flespi-cid'] = String(cid);
      const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, body: await res.json() };
    },
    { key, method, path, body, cid: opts.cid },
  );
}

/** A master token of another account, made by the root admin through the API (for principals the demo has no persona for). */
export async function createMasterToken(page: Page, cid: number, info: string): Promise<{ id: number; key: string }> {
  const expire = Math.floor(Date.now() / 1000) + 3600;
  const created = await callApi<{ id: number; key: string }>(page, personaKey('acme-admin'), 'POST', '/platform/tokens', [
    { cid, info, enabled: true, expire, ttl: 0, access: { type: 1 } },
  ]);
  const token = created.body.result?.[0];
  if (created.status !== 200 || !token) throw new Error(`creating a master token failed: ${JSON.stringify(created.body.errors)}`);
  return token;
}

/** A fresh standard token of the admin's account, made through the API; returns its id and key. */
export async function createToken(page: Page, info: string): Promise<{ id: number; key: string }> {
  const admin = personaKey('acme-admin');
  const expire = Math.floor(Date.now() / 1000) + 3600;
  const created = await callApi<{ id: number; key: string }>(page, admin, 'POST', '/platform/tokens', [
    { info, enabled: true, expire, ttl: 0, access: { type: 0, acl: [] } },
  ]);
  const token = created.body.result?.[0];
  if (created.status !== 200 || !token) throw new Error(`creating a token failed: ${JSON.stringify(created.body.errors)}`);
  return token;
}

export async function disableToken(page: Page, id: number): Promise<void> {
  const answer = await callApi(page, personaKey('acme-admin'), 'PUT', `/platform/tokens/${id}`, { enabled: false });
  if (answer.status !== 200) throw new Error(`disabling token ${id} failed: ${JSON.stringify(answer.body.errors)}`);
}
