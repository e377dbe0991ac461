import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/lib/paths';

/** The sign-in screen, found by role and label only. */
export class LoginPage {
  readonly heading: Locator;
  readonly keyInput: Locator;
  readonly showKey: Locator;
  readonly staySignedIn: Locator;
  readonly submit: Locator;
  readonly alert: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Sign in', level: 1 });
    this.keyInput = page.getByRole('textbox', { name: 'Token key' });
    this.showKey = page.getByRole('button', { name: /^(Show|Hide) key$/ });
    this.staySignedIn = page.getByRole('checkbox', { name: /Stay signed in/ });
    this.submit = page.getByRole('button', { name: 'Sign in', exact: true });
    this.alert = page.getByRole('alert');
    this.notice = page.getByText(/Your session ended/);
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`${paths.login.path}${query}`);
    await this.heading.waitFor();
  }

  async signInWithKey(key: string, opts: { stay?: boolean } = {}): Promise<void> {
    await this.keyInput.fill(key);
    if (opts.stay) await this.staySignedIn.check();
    await this.submit.click();
  }

  personaButton(label: string): Locator {
    return this.page.getByRole('button', { name: `Sign in as ${label}` });
  }
}
