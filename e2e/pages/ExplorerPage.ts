import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/lib/paths';
import type { InstanceType } from '../../src/domain/types';

/** The access explorer (/access/explorer), found by role and label only. */
export class ExplorerPage {
  readonly subject: Locator;
  readonly actingAs: Locator;
  readonly source: Locator;
  readonly permission: Locator;
  readonly exportCsv: Locator;
  readonly whyId: Locator;
  readonly explain: Locator;
  readonly explanation: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.subject = main.getByRole('combobox', { name: 'Account or token' });
    this.actingAs = main.getByRole('combobox', { name: 'Acting as (optional)' });
    this.source = main.getByRole('combobox', { name: 'Source of right' });
    this.permission = main.getByRole('combobox', { name: 'Permission' });
    this.exportCsv = main.getByRole('button', { name: 'Export CSV' });
    this.whyId = main.getByRole('combobox', { name: 'Instance' });
    this.explain = main.getByRole('button', { name: 'Explain' });
    this.explanation = main.getByRole('alert', { name: 'Explanation' });
    this.summary = main.getByRole('status');
  }

  async goto(opts: { cid?: number; token?: number; type?: InstanceType } = {}): Promise<void> {
    await this.page.goto(paths.explorer.getHref(opts));
    await this.page.getByRole('heading', { name: 'Access explorer', level: 1 }).waitFor();
  }

  table(type: InstanceType): Locator {
    return this.page.getByRole('table', { name: `Reachable ${type}` });
  }

  /** Body rows of the results table. */
  rows(type: InstanceType): Locator {
    return this.table(type).locator('tbody').getByRole('row');
  }

  row(type: InstanceType, name: string): Locator {
    return this.rows(type).filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** Every reason of a row (a reason whose account has no page to open is text, not a link). */
  reasons(row: Locator): Locator {
    return row.getByRole('list', { name: 'Reasons' }).getByRole('listitem');
  }

  reasonLinks(row: Locator): Locator {
    return row.getByRole('list', { name: 'Reasons' }).getByRole('link');
  }

  async openType(type: InstanceType): Promise<void> {
    await this.page.getByRole('tab', { name: type, exact: true }).click();
  }

  async chooseSubject(label: RegExp | string): Promise<void> {
    await this.subject.click();
    await this.page.getByRole('option', { name: label }).click();
  }

  async filterSource(label: string): Promise<void> {
    await this.source.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async askWhy(id: number): Promise<void> {
    await this.whyId.fill(String(id));
    await this.explain.click();
  }

  /** Types part of a name into "why (not)?" and picks the instance from what the server finds. */
  async askWhyByName(text: string, option: string | RegExp): Promise<void> {
    await this.whyId.fill(text);
    await this.page.getByRole('option', { name: option }).click();
  }

  /** Each shown row as the CSV writes it: type, id, name, account, permissions, reasons. */
  async shownCells(type: InstanceType): Promise<string[][]> {
    const out: string[][] = [];
    for (const row of await this.rows(type).all()) {
      const cells = row.getByRole('cell');
      const reasons = await this.reasons(row).allTextContents();
      out.push([
        type,
        (await cells.nth(1).textContent()) ?? '',
        (await cells.nth(0).textContent()) ?? '',
        (await cells.nth(2).textContent()) ?? '',
        (await cells.nth(3).textContent()) ?? '',
        reasons.join('; '),
      ]);
    }
    return out;
  }
}
