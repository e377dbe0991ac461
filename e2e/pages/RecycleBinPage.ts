import type { Locator, Page } from '@playwright/test';
import { selectOption } from '../fixtures';
import { paths } from '../../src/lib/paths';

/** "Recycle bin" (/access/recycle-bin): deleted records, type filter, selection, the restore dialog and its results. */
export class RecycleBinPage {
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Deleted records' });
    this.dialog = page.getByRole('dialog');
  }

  async goto(): Promise<void> {
    await this.page.goto(paths.recycleBin.getHref());
    await this.table.waitFor();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  async filterType(label: string): Promise<void> {
    await selectOption(this.page, this.page.getByRole('combobox', { name: 'Type' }), label);
  }

  /** Opens the restore dialog of one entry ("Grant “Reefer 12 support for Dana” (#2)"). */
  async restore(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Restore ${title}` }).click();
    await this.dialog.waitFor();
  }

  async select(title: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Select ${title}` }).check();
  }

  preview(origin: string): Locator {
    return this.dialog.getByRole('region', { name: `Who regains access with ${origin}` });
  }

  results(): Locator {
    return this.dialog.getByRole('list', { name: 'Restore results' });
  }
}
