import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/lib/paths';

/** "My access" (/my-access), every token kind: found by role and label only. */
export class MyAccessPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly token: Locator;
  readonly reach: Locator;
  readonly limits: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.token = this.main.getByRole('region', { name: 'This token', exact: true });
    this.reach = this.main.getByRole('list', { name: 'What this token may do' });
    this.limits = this.main.getByRole('list', { name: 'Where this token cannot act' });
  }

  async goto(): Promise<void> {
    await this.page.goto(paths.myAccess.getHref());
    await this.limits.waitFor();
  }

  /** The table of what is shared with the account. */
  shared(account: string): Locator {
    return this.main.getByRole('table', { name: `Shared with ${account}` });
  }

  sharedRow(account: string, what: string | RegExp): Locator {
    return this.shared(account).getByRole('row', { name: what });
  }
}
