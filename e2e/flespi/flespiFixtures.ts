/**
 * The flespi suite's fixtures (playwright.flespi.config.ts): every request the panel sends to the API must be
 * one flespi serves (`flespiServes`, from flespi's own route table), and no screen may say "not found" or
 * "could not check access". Both are checked around every test, on every page of its context.
 */
import { test as base, expect } from '@playwright/test';
import { flespiServes } from '../../mocks/api/flespiDialect';
import { personaKey } from '../fixtures';
import type { Persona } from '../fixtures';

export { expect };

export const API = `http://localhost:${process.env.FLESPI_API_PORT ?? ''}`;

/** Words a screen must never show against flespi. */
const FORBIDDEN = /not found|could not check access/i;

export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ context }, use) => {
      const lacking: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== API || request.method() === 'OPTIONS') return;
        if (!flespiServes(request.method(), url.pathname)) lacking.push(`${request.method()} ${url.pathname}`);
      });
      // Every text a page ever shows, also for a moment: a MutationObserver from the first paint reports it.
      const shown: string[] = [];
      await context.exposeBinding('__forbiddenShown', (_source, text: string) => void shown.push(text));
      await context.addInitScript((pattern: string) => {
        const re = new RegExp(pattern, 'i');
        const report = (window as unknown as { __forbiddenShown: (text: string) => void }).__forbiddenShown;
        const check = () => {
          const text = document.body?.innerText ?? '';
          const m = re.exec(text);
          if (m) report(text.slice(Math.max(0, m.index - 60), m.index + 60));
        };
        new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
      }, FORBIDDEN.source);
      await use();
      expect(lacking, 'requests the flespi-only server does not serve').toEqual([]);
      expect(shown, 'screens that said "not found" or "could not check access"').toEqual([]);
    },
    { auto: true },
  ],
});

/** Calls the flespi-only server directly as a persona (for a change made behind the panel's back). */
export async function callFlespi<T>(
  persona: Persona['id'],
  method: string,
  path: string,
  body?: unknown,
  opts: { cid?: number } = {},
): Promise<{ status: number; result: T[] }> {
  const headers: Record<string, string> = { authorization: `FlespiToken ${personaKey(persona)}`, 'content-type': 'application/json' };
  if (opts.cid !== undefined) headers['x-flespi-cid'] = String(opts.cid);
  const res = await fetch(`${API}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as { result?: T[] };
  return { status: res.status, result: json.result ?? [] };
}
