import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/lib/paths';

/** "Check access hygiene" (/access/hygiene): findings, per-row Remove, Clean up all. */
export class HygienePage {
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Grants and role assignments that give nothing' });
    this.dialog = page.getByRole('dialog');
  }

  async goto(): Promise<void> {
    await this.page.goto(paths.hygiene.getHref());
    await this.table.waitFor();
  }

  bodyRows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(name: string): Locator {
    return this.bodyRows().filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  /** Names (second column) of every finding shown. */
  async names(): Promise<string[]> {
    const out: string[] = [];
    for (const row of await this.bodyRows().all()) out.push((await row.getByRole('cell').nth(1).innerText()).trim());
    return out;
  }

  async remove(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${title}` }).click();
    await this.dialog.waitFor();
  }
}
