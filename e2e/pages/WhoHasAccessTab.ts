import type { Locator, Page } from '@playwright/test';

/** The "Who has access" tab of an instance or subaccount page. */
export class WhoHasAccessTab {
  readonly tab: Locator;
  readonly accounts: Locator;
  readonly tokens: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Who has access' });
    this.accounts = page.getByRole('table', { name: 'Accounts with access' });
    this.tokens = page.getByRole('table', { name: 'Tokens with access' });
  }

  accountRows(): Locator {
    return this.accounts.locator('tbody').getByRole('row');
  }

  tokenRows(): Locator {
    return this.tokens.locator('tbody').getByRole('row');
  }

  accountRow(name: string): Locator {
    return this.accountRows().filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  /** Every reason of a row (a reason whose account has no page to open is text, not a link). */
  reasons(row: Locator): Locator {
    return row.getByRole('list', { name: 'Reasons' }).getByRole('listitem');
  }

  /** "Grant access" (issue 20): a menu of a grant or a role assignment, pre-filled with the item. */
  grantAccess(): Locator {
    return this.page.getByRole('button', { name: 'Grant access', exact: true });
  }

  /** The "Revoke" buttons of an account row (one per grant or role assignment that gives it access). */
  revokeButtons(row: Locator): Locator {
    return row.getByRole('button', { name: /^Revoke / });
  }

  reasonLinks(row: Locator): Locator {
    return row.getByRole('list', { name: 'Reasons' }).getByRole('link');
  }
}
