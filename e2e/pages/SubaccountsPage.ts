import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/lib/paths';

/** The Subaccounts list (table or tree) and an account's page, by role and label only. */
export class SubaccountsPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly table: Locator;
  readonly tree: Locator;
  readonly dialog: Locator;
  readonly toast: Locator;
  readonly createButton: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.table = this.main.getByRole('table', { name: 'Subaccounts' });
    this.tree = this.main.getByRole('list', { name: 'Subaccount tree' });
    this.dialog = page.getByRole('dialog');
    this.toast = page.getByTestId('toast');
    this.createButton = page.getByRole('button', { name: 'Create subaccount' });
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`${paths.list.getHref('subaccounts')}${query}`);
    await this.heading.waitFor();
  }

  async gotoDetail(id: number): Promise<void> {
    await this.page.goto(paths.detail.getHref('subaccounts', id));
    await this.heading.waitFor();
  }

  async listedNames(): Promise<string[]> {
    await this.table.waitFor();
    return this.table.locator('tbody tr td:first-child').allInnerTexts();
  }

  action(name: 'Rename' | 'Block' | 'Unblock' | 'Delete'): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }
}
