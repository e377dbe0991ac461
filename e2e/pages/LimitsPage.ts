import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/lib/paths';

/** The Limits screen (/access/limits, issue 18): the table, New limit, per-row Edit and Delete. */
export class LimitsPage {
  readonly main: Locator;
  readonly table: Locator;
  readonly dialog: Locator;
  readonly toast: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.table = this.main.getByRole('table', { name: 'Limits' });
    this.dialog = page.getByRole('dialog');
    this.toast = page.getByTestId('toast');
  }

  async goto(): Promise<void> {
    await this.page.goto(paths.limits.getHref());
    await this.table.waitFor();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  newLimit(): Locator {
    return this.main.getByRole('button', { name: 'New limit' });
  }

  edit(name: string): Locator {
    return this.main.getByRole('button', { name: `Edit limit ${name}` });
  }

  remove(name: string): Locator {
    return this.main.getByRole('button', { name: `Delete limit ${name}` });
  }

  count(label: string): Locator {
    return this.dialog.getByRole('spinbutton', { name: label });
  }
}
