import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { selectOption } from '../fixtures';
import { paths } from '../../src/lib/paths';

/** The Grants screens (made / received, a grant's page) and the grant form, by role and label only. */
export class GrantsPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly dialog: Locator;
  readonly toast: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.dialog = page.getByRole('dialog');
    this.toast = page.getByTestId('toast');
    this.preview = this.dialog.getByRole('region', { name: 'What changes' });
  }

  async goto(view: 'made' | 'received' = 'made'): Promise<void> {
    await this.page.goto(paths.grants.getHref({ view }));
    await this.table(view)
      .or(this.main.getByText(/^No .* to show$/))
      .first()
      .waitFor();
  }

  /** A grant's own page, once its heading (the grant's name) is shown. */
  async gotoGrant(id: number, name: string): Promise<void> {
    await this.page.goto(paths.detail.getHref('grants', id));
    await this.main.getByRole('heading', { name, level: 1 }).waitFor();
  }

  table(view: 'made' | 'received'): Locator {
    return this.main.getByRole('table', { name: view === 'made' ? 'Grants made' : 'Grants received' });
  }

  async listedNames(view: 'made' | 'received'): Promise<string[]> {
    await this.table(view).waitFor();
    return this.table(view).locator('tbody tr td:first-child').allInnerTexts();
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** A select of the dialog (MUI: a combobox, then a listbox). */
  async choose(label: string, option: string | RegExp): Promise<void> {
    await selectOption(this.page, this.dialog.getByRole('combobox', { name: label }), option);
  }

  /** An autocomplete of the dialog: type, pick the option, close the list (it stays open between picks). */
  async pick(label: string, text: string, option: string | RegExp): Promise<void> {
    await this.dialog.getByRole('combobox', { name: label }).fill(text);
    await this.page.getByRole('option', { name: option }).click();
    // Esc closes only the list; the dialog stays (issue 20).
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('listbox')).toHaveCount(0);
  }
}
