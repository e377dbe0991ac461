import type { Locator, Page } from '@playwright/test';
import { selectOption } from '../fixtures';
import { paths } from '../../src/lib/paths';

/** The role catalog, a role's page and the Role assignments screen, by role and label only. */
export class RolesPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly dialog: Locator;
  readonly toast: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.dialog = page.getByRole('dialog');
    this.toast = page.getByTestId('toast');
  }

  async gotoCatalog(): Promise<void> {
    await this.page.goto(paths.list.getHref('roles'));
    await this.catalog.waitFor();
  }

  async gotoAssignments(query = ''): Promise<void> {
    await this.page.goto(`${paths.roleAssignments.getHref()}${query}`);
    await this.heading.waitFor();
  }

  get catalog(): Locator {
    return this.main.getByRole('table', { name: 'Roles' });
  }

  get assignments(): Locator {
    return this.main.getByRole('table', { name: 'Role assignments' });
  }

  /** The first cell of each row of a table. */
  async firstCells(table: Locator): Promise<string[]> {
    await table.waitFor();
    return table.locator('tbody tr td:first-child').allInnerTexts();
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Picks an option of a select (MUI renders it as a combobox and a listbox). */
  async choose(label: string, option: string | RegExp): Promise<void> {
    await selectOption(this.page, this.dialog.getByRole('combobox', { name: label }), option);
  }
}
