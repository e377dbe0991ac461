import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { selectOption } from '../fixtures';
import { paths } from '../../src/lib/paths';

/** The token form dialog (create and edit), found by role and label only. */
export class TokenDialog {
  readonly root: Locator;
  readonly info: Locator;
  readonly account: Locator;
  readonly kind: Locator;
  readonly enabled: Locator;
  readonly expire: Locator;
  readonly ttl: Locator;
  readonly submit: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog');
    this.info = this.root.getByRole('textbox', { name: 'Info' });
    this.account = this.root.getByRole('combobox', { name: 'Account' });
    this.kind = this.root.getByRole('combobox', { name: 'Kind' });
    this.enabled = this.root.getByRole('switch', { name: 'Enabled' });
    this.expire = this.root.getByLabel('Expire');
    this.ttl = this.root.getByRole('textbox', { name: 'TTL (seconds)' });
    this.submit = this.root.getByRole('button', { name: /^(Create token|Save)$/ });
    this.alert = this.root.getByRole('alert');
  }

  async choose(select: Locator, option: string | RegExp): Promise<void> {
    await selectOption(this.page, select, option);
  }

  option(name: string | RegExp): Locator {
    return this.page.getByRole('listbox').getByRole('option', { name });
  }

  preset(label: string): Locator {
    return this.root.getByRole('button', { name: `Preset: ${label}` });
  }

  entry(n: number): Locator {
    return this.root.getByRole('group', { name: `Entry ${n}`, exact: true });
  }

  /** Picks instances by name in entry n's id picker. */
  async pickIds(n: number, type: string, names: readonly string[]): Promise<void> {
    const picker = this.root.getByRole('combobox', { name: `Entry ${n} ${type}` });
    for (const name of names) {
      await picker.click();
      await picker.fill(name);
      await this.page.getByRole('option', { name: new RegExp(`^${name} \\(#\\d+\\)$`) }).click();
    }
    // The picker stays open between picks (issue 20): Esc closes it (only it: the dialog stays).
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('listbox')).toHaveCount(0);
  }
}

/** The tokens list (/access/tokens): table, filters, masked keys, the "New token" button. */
export class TokensPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly kindFilter: Locator;
  readonly enabledFilter: Locator;
  readonly expiryFilter: Locator;
  readonly unusedFilter: Locator;
  readonly newToken: Locator;
  readonly dialog: TokenDialog;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Tokens' });
    this.table = page.getByRole('table', { name: 'Tokens' });
    this.search = page.getByRole('searchbox', { name: 'Search tokens' });
    this.kindFilter = page.getByRole('combobox', { name: 'Kind' });
    this.enabledFilter = page.getByRole('combobox', { name: 'Enabled' });
    this.expiryFilter = page.getByRole('combobox', { name: 'Expiry' });
    this.unusedFilter = page.getByRole('textbox', { name: 'Unused for (days)' });
    this.newToken = page.getByRole('button', { name: 'New token' });
    this.dialog = new TokenDialog(page);
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`${paths.list.getHref('tokens')}${query}`);
    await this.heading.waitFor();
  }

  /** Ids of the rows shown, read from their detail links. */
  async rowIds(): Promise<number[]> {
    await expect(this.table.or(this.page.getByText(/^No tokens/))).toBeVisible();
    const hrefs = await this.table
      .getByRole('row')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    return hrefs.map((h) => Number(/\/access\/tokens\/(\d+)$/.exec(h)?.[1] ?? NaN)).sort((a, b) => a - b);
  }

  row(info: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: info, exact: true }) });
  }

  async filter(select: Locator, option: string): Promise<void> {
    await select.click();
    await this.page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  }
}

/** A token's page (/access/tokens/:id). */
export class TokenDetail {
  readonly heading: Locator;
  readonly edit: Locator;
  readonly disable: Locator;
  readonly enable: Locator;
  readonly remove: Locator;
  readonly copyLink: Locator;
  readonly confirm: Locator;
  readonly dialog: TokenDialog;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.edit = page.getByRole('button', { name: 'Edit', exact: true });
    this.disable = page.getByRole('main').getByRole('button', { name: 'Disable', exact: true });
    this.enable = page.getByRole('button', { name: 'Enable', exact: true });
    this.remove = page.getByRole('main').getByRole('button', { name: 'Delete', exact: true });
    this.copyLink = page.getByRole('button', { name: 'Copy access link' });
    this.confirm = page.getByRole('dialog');
    this.dialog = new TokenDialog(page);
  }

  async goto(id: number): Promise<void> {
    await this.page.goto(paths.detail.getHref('tokens', id));
    await this.heading.waitFor();
  }

  /** The value shown for a field of the overview. */
  field(name: string): Locator {
    return this.page
      .getByRole('main')
      .locator('dt', { hasText: new RegExp(`^${name}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }
}
