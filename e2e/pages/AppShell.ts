import type { Locator, Page } from '@playwright/test';

/** The signed-in frame: header, left menu, page heading. Found by role and label only. */
export class AppShell {
  readonly menu: Locator;
  readonly identity: Locator;
  readonly signOut: Locator;
  readonly pageHeading: Locator;
  readonly actingAccount: Locator;

  constructor(readonly page: Page) {
    this.menu = page.getByRole('navigation', { name: 'Main menu' });
    this.identity = page.getByRole('group', { name: 'Signed in as' });
    this.signOut = page.getByRole('button', { name: 'Sign out' });
    this.pageHeading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.actingAccount = page.getByRole('button', { name: /^Acting as / });
  }

  menuSection(name: 'Access Management' | 'Instances'): Locator {
    return this.menu.getByRole('list', { name });
  }

  menuLink(name: string): Locator {
    return this.menu.getByRole('link', { name, exact: true });
  }

  async open(label: string): Promise<void> {
    await this.menuLink(label).click();
    await this.pageHeading.filter({ hasText: label }).waitFor();
  }
}
