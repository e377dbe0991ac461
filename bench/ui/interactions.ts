/** The large-world UI bench's measures (`largeWorld.bench.ts`): requests in the page, repeated runs, timed interactions. */
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { Row } from './report';
import { longTasks } from './timing';
import { largePersonaKey } from '../../e2e/scale/largeWorldKeys';

export const SEED = 1;
export const RUNS = Number(process.env.BENCH_RUNS ?? 5);
export const DEVICE_ROWS = 'table[aria-label="Devices"] tbody tr';

export const personaButton = (page: Page, label: string): Locator => page.getByRole('button', { name: `Sign in as ${label}` });

/** The root admin's key: the login page lists the same persona (the keys follow from the seed). */
export const rootAdminKey = (): string => largePersonaKey(SEED, 'large-root');

/** One request's time in the page, until its whole body is read. */
export async function fetchMs(page: Page, key: string, path: string): Promise<number> {
  return page.evaluate(
    async ({ key, path }) => {
      const t = performance.now();
      const res = await fetch(path, { headers: { Authorization: `FlespiToken ${key}` } });
      await res.text();
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return performance.now() - t;
    },
    { key, path },
  );
}

/** A change on the large world (journalled before the answer) and the next listing (tables reused where unchanged). */
export async function changeThenList(page: Page, key: string): Promise<Row> {
  const runs = await repeat((i) =>
    page.evaluate(
      async ({ key, i }) => {
        const headers = { Authorization: `FlespiToken ${key}`, 'Content-Type': 'application/json' };
        const t = performance.now();
        const patched = await fetch('/gw/devices/5', { method: 'PATCH', headers, body: JSON.stringify({ name: `bench rename ${i}` }) });
        if (!patched.ok) throw new Error(`PATCH: ${patched.status}`);
        const list = await fetch('/gw/devices/all?limit=50', { headers });
        await list.text();
        return performance.now() - t;
      },
      { key, i },
    ),
  );
  return { name: 'mock: PATCH /gw/devices/5, then GET /gw/devices/all?limit=50 (journal + re-index)', goalMs: null, runs };
}

/** A reload of a changed large world: its recipe rebuilt and its journal replayed. */
export async function reloadChanged(page: Page): Promise<Row> {
  const runs = await repeat(async () => {
    const t = Date.now();
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Large world personas' })).toBeVisible({ timeout: 120_000 });
    return Date.now() - t;
  });
  return { name: 'reload with a changed large world (recipe rebuilt, journal replayed → login page, wall time)', goalMs: null, runs };
}

/** One warm-up run, then RUNS timed ones. */
export async function repeat(run: (i: number) => Promise<number>): Promise<number[]> {
  await run(-1);
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) out.push(await run(i));
  return out;
}

/** An interaction timed in the page: its runs and the long tasks of each (the warm-up's dropped). */
export async function interaction(name: string, goalMs: number, run: (i: number) => Promise<number>): Promise<Row> {
  longTasks.length = 0;
  const runs = await repeat(run);
  return { name, goalMs, runs, longTasks: longTasks.slice(-runs.length) };
}
