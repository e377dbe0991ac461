import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/lib/paths';

/** The actions of a token's detail page (/access/tokens/<id>) and their confirmation dialog. */
export class TokenActionsBar {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  async goto(id: number): Promise<void> {
    await this.page.goto(paths.detail.getHref('tokens', id));
    await this.button('Delete').waitFor();
  }

  button(name: 'Edit' | 'Disable' | 'Enable' | 'Delete'): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: true });
  }

  /** Clicks an action and waits for its confirmation dialog. */
  async open(name: 'Disable' | 'Delete'): Promise<void> {
    await this.button(name).click();
    await this.dialog.waitFor();
  }

  confirm(name: 'Disable' | 'Delete'): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }
}
