/**
 * In-page timing of one interaction: from the user's input event (pointerdown or keydown, caught before
 * the app sees it) to the moment the DOM shows the expected result (checked on every DOM change).
 * Uses the page's own performance.now(), so Playwright's round trips are not counted.
 */
import type { Page } from '@playwright/test';

export interface Ready {
  /** CSS selector of the elements that show the result (attributes such as aria-label, not classes). */
  selector: string;
  /** Text the elements must contain (all of them with `every`, else one). */
  text?: string;
  every?: boolean;
  /** The elements' text must differ from what it was when the timing started (a refetch, a switch). */
  changed?: boolean;
}

interface BenchState {
  start: number | null;
  end: number | null;
  /** Main-thread tasks over 50 ms (PerformanceObserver `longtask`): start and duration. */
  long: Array<[number, number]>;
}

/** Main-thread tasks over 50 ms during each timed interaction, by run (the page's own observer). */
export const longTasks: number[] = [];

export async function timed(page: Page, ready: Ready, act: () => Promise<void>): Promise<number> {
  await page.evaluate((r) => {
    const w = window as unknown as { __bench: BenchState };
    const textOf = () => [...document.querySelectorAll(r.selector)].map((e) => e.textContent ?? '').join('\n');
    const before = textOf();
    const state: BenchState = { start: null, end: null, long: [] };
    w.__bench = state;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
    const mark = () => {
      state.start ??= performance.now();
      check();
    };
    const check = () => {
      if (state.start === null || state.end !== null) return;
      const els = [...document.querySelectorAll(r.selector)];
      if (els.length === 0) return;
      const texts = els.map((e) => e.textContent ?? '');
      if (r.text !== undefined && !(r.every ? texts.every((t) => t.includes(r.text ?? '')) : texts.some((t) => t.includes(r.text ?? '')))) return;
      if (r.changed && texts.join('\n') === before) return;
      state.end = performance.now();
      observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    for (const type of ['pointerdown', 'keydown']) window.addEventListener(type, mark, { capture: true, once: true });
  }, ready);
  await act();
  const handle = await page.waitForFunction(
    () => {
      const s = (window as unknown as { __bench: BenchState }).__bench;
      return s.start !== null && s.end !== null ? s.end - s.start : null;
    },
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  const ms = (await handle.jsonValue()) as number;
  // Tasks that overlap the interaction (an observer reports a task once it has ended).
  longTasks.push(
    await page.evaluate(() => {
      const s = (window as unknown as { __bench: BenchState }).__bench;
      const [from, to] = [s.start ?? 0, s.end ?? 0];
      return s.long.filter(([start, duration]) => start < to && start + duration > from).length;
    }),
  );
  return ms;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}
