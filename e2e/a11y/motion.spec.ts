/**
 * Reduced motion (WCAG 2.3.3): a user who asks the system for less motion gets no transitions. The rest of
 * the suite runs that way (playwright.config.ts); this spec checks both settings.
 */
import type { Page } from '@playwright/test';
import { expect, openInApp, signIn, test } from '../fixtures';

/** The longest CSS transition on the open dialog or its ancestors, in ms. */
async function dialogTransitionMs(page: Page): Promise<number> {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog.evaluate((el) => {
    let longest = 0;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const s = getComputedStyle(node);
      for (const d of s.transitionDuration.split(',')) longest = Math.max(longest, parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000));
    }
    return longest;
  });
}

async function openCreateSubaccount(page: Page): Promise<void> {
  await signIn(page, 'acme-admin');
  await openInApp(page, '/access/subaccounts');
  await page.getByRole('button', { name: 'Create subaccount' }).click();
}

test('with reduced motion, a dialog opens without a transition', async ({ page }) => {
  await openCreateSubaccount(page);
  expect(await dialogTransitionMs(page)).toBe(0);
});

test.describe('without a motion preference', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('a dialog fades in', async ({ page }) => {
    await openCreateSubaccount(page);
    expect(await dialogTransitionMs(page)).toBeGreaterThan(100);
  });
});
