import type { Locator, Page } from '@playwright/test';
import { selectOption } from '../fixtures';
import { paths } from '../../src/lib/paths';

export interface TimelineRow {
  what: string;
  name: string;
}

/** The expiry timeline (/access/expiring): window select, rows, Extend/Remove dialogs. */
export class ExpiringPage {
  readonly table: Locator;
  readonly window: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Expiring access' });
    this.window = page.getByRole('combobox', { name: 'Ending within' });
    this.dialog = page.getByRole('dialog');
  }

  async goto(days?: number): Promise<void> {
    await this.page.goto(paths.expiring.getHref({ days }));
    await this.table.waitFor();
  }

  bodyRows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** "What" and "Name" of every row, in the order shown. */
  async rows(): Promise<TimelineRow[]> {
    const out: TimelineRow[] = [];
    for (const row of await this.bodyRows().all()) {
      const cells = row.getByRole('cell');
      out.push({ what: (await cells.nth(0).innerText()).trim(), name: (await cells.nth(1).innerText()).trim() });
    }
    return out;
  }

  row(name: string): Locator {
    return this.bodyRows().filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  async chooseWindow(label: string): Promise<void> {
    await selectOption(this.page, this.window, new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  }

  /** Opens the Extend dialog of a row ("Grant “X”"). */
  async extend(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Extend ${title}` }).click();
    await this.dialog.waitFor();
  }

  async remove(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${title}` }).click();
    await this.dialog.waitFor();
  }
}
