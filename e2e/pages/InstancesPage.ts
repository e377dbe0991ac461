import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { openInApp } from '../fixtures';
import { paths } from '../../src/lib/paths';
import type { DetailTab } from '../../src/lib/paths';

export type InstanceTypeName = 'devices' | 'channels' | 'streams' | 'calcs' | 'plugins' | 'groups';
const LABELS: Record<InstanceTypeName, string> = {
  devices: 'Devices',
  channels: 'Channels',
  streams: 'Streams',
  calcs: 'Calcs',
  plugins: 'Plugins',
  groups: 'Groups',
};

/** An instance list and detail page, by role and label only. */
export class InstancesPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly search: Locator;
  readonly toast: Locator;
  readonly dialog: Locator;

  constructor(
    readonly page: Page,
    readonly type: InstanceTypeName,
  ) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.search = this.main.getByRole('searchbox', { name: `Search ${LABELS[type].toLowerCase()}` });
    this.toast = page.getByTestId('toast');
    this.dialog = page.getByRole('dialog');
  }

  get table(): Locator {
    return this.main.getByRole('table', { name: LABELS[this.type] });
  }

  async gotoList(query = '', opts: { inApp?: boolean } = {}): Promise<void> {
    const path = `${paths.list.getHref(this.type)}${query}`;
    if (opts.inApp) await openInApp(this.page, path);
    else await this.page.goto(path);
    // In-app, the previous screen may still be up for a moment: wait for this one's heading.
    await expect(this.heading).toHaveText(new RegExp(`^(${LABELS[this.type]}|No access to .*)$`));
  }

  /** Names in the first column of the list's current page (waits for the rows or the empty state). */
  async listedNames(): Promise<string[]> {
    await this.table
      .or(this.main.getByText(/^No .* to show$/))
      .first()
      .waitFor();
    if (!(await this.table.isVisible())) return [];
    return this.table.locator('tbody tr td:first-child').allInnerTexts();
  }

  async gotoDetail(id: number, tab: DetailTab<InstanceTypeName> | '' = '', opts: { inApp?: boolean } = {}): Promise<void> {
    const path = paths.detail.getHref(this.type, id, tab || undefined);
    if (opts.inApp) await openInApp(this.page, path);
    else await this.page.goto(path);
    await this.heading.waitFor();
  }

  /** A row of the list's current page, by the item's name. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  /** A field of the detail page's overview (a description list: its term, then its definition). */
  field(label: string): Locator {
    return this.main
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  action(name: 'Edit' | 'Delete' | 'Send command' | 'Move to account…'): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  createButton(singular: string): Locator {
    return this.page.getByRole('button', { name: `Create ${singular}` });
  }
}
