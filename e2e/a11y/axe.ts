/**
 * An axe scan (WCAG 2.x A/AA rules) that fails on serious or critical violations, listing them readably.
 *
 * axe-core is driven directly rather than through @axe-core/playwright: AxeBuilder injects axe's 500 KB source
 * up to three times per scan and opens a blank page for `finishRun` (about 0.7 s a scan here, 2 s on a slow
 * machine). The panel has no frames, so one injection per page and one `axe.run` in it give the same result.
 * `within` scopes the scan to a region (an open dialog: the page behind it is inert and scanned on its own).
 */
import axe from 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

async function runAxe(page: Page, within: string | null): Promise<AxeResults> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(
    ([selector, options]) => {
      if (!window.axe) throw new Error('axe-core was not injected');
      return window.axe.run(selector === null ? document : { include: [selector] }, options);
    },
    [within, OPTIONS] as const,
  );
}

export async function expectNoSeriousA11yViolations(page: Page, where: string, within: string | null = null): Promise<void> {
  const { violations } = await runAxe(page, within);
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  expect(serious, `axe on ${where}`).toEqual([]);
}

/** The open dialog, for `within`. */
export const DIALOG = '[role="dialog"]';
