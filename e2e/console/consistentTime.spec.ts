/**
 * Issue 20, item 6: one meaning of "within N days". A grant ending in 7 days (set with the "+7 days"
 * shortcut) reads "expires in 7 days" and is under "Ending within 7 days"; the timeline groups rows by
 * day and every row is a link, role assignments included. The token form has the same shortcuts.
 */
import { localDateIn } from '../../src/lib/days';
import { expect, signIn, test } from '../fixtures';
import { ExpiringPage } from '../pages/ExpiringPage';
import { GrantsPage } from '../pages/GrantsPage';
import { TokensPage } from '../pages/TokensPage';

const nowSeconds = () => Math.floor(Date.now() / 1000);

test('the +7 days shortcut fills the expiry; the grant reads "expires in 7 days" and is under "within 7 days"', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const ui = new GrantsPage(page);
  await ui.goto();
  await ui.button('New grant').click();
  await ui.dialog.getByRole('textbox', { name: /^Name/ }).fill('A week of devices for Northwind');
  await ui.choose('Grantor', 'Acme Telematics (#1000)');
  await ui.pick('Grantees', 'Northwind', /^Northwind Logistics/);
  await ui.dialog.getByRole('checkbox', { name: "All of the grantor's devices" }).click();
  await ui.dialog.getByRole('group', { name: 'Quick expiry' }).getByRole('button', { name: '+7 days' }).click();
  await expect(ui.dialog.getByLabel('Expires')).toHaveValue(localDateIn(nowSeconds(), 7));
  await ui.button('Create').click();
  await expect(ui.toast).toContainText('created');
  await ui.goto();
  await expect(ui.table('made').getByRole('row', { name: /A week of devices for Northwind/ })).toContainText('expires in 7 days');

  const timeline = new ExpiringPage(page);
  await timeline.goto(7);
  const row = timeline.row('A week of devices for Northwind');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('link', { name: 'A week of devices for Northwind' })).toHaveAttribute('href', /\/access\/grants\/\d+$/);
  // Grouped by day: the day it ends on heads its group, 7 days from today.
  await expect(timeline.table.getByRole('columnheader', { name: /\(in 7 days\)$/ })).toBeVisible();
  await timeline.chooseWindow('1 day');
  await expect(timeline.row('A week of devices for Northwind')).toHaveCount(0);
});

test("every timeline row is a link, role assignments to their role's assignments", async ({ page }) => {
  await signIn(page, 'acme-admin');
  const timeline = new ExpiringPage(page);
  await timeline.goto(30);
  const reader = timeline.row('reader for Dana (supporter) on account Northwind Logistics and below');
  await expect(reader.getByRole('link')).toHaveAttribute('href', /\/access\/roles\/\d+\/assignments$/);
  for (const row of await timeline.bodyRows().all()) await expect(row.getByRole('cell').nth(1).getByRole('link')).toHaveCount(1);
  await expect(timeline.table.getByRole('columnheader', { name: 'Already ended' })).toBeVisible();
});

test("the token form's expiry has the same shortcuts, ending at the end of that day", async ({ page }) => {
  await signIn(page, 'acme-admin');
  const tokens = new TokensPage(page);
  await tokens.goto();
  await tokens.newToken.click();
  await tokens.dialog.root.getByRole('button', { name: '+30 days' }).click();
  await expect(tokens.dialog.expire).toHaveValue(`${localDateIn(nowSeconds(), 30)}T23:59`);
});
