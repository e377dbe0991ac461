/**
 * Issue 20 item 5: "My access" for every token — what it may do, what is shared with its account and by
 * whom, until when, and where it cannot act, why (a received right cannot be passed on).
 */
import { paths } from '../../src/lib/paths';
import { expectNoSeriousA11yViolations } from '../a11y/axe';
import { expect, signIn, test } from '../fixtures';
import { MyAccessPage } from '../pages/MyAccessPage';

const MAIN = 'main';

test("Northwind ops' My access lists what is shared with Northwind and by whom", async ({ page }) => {
  const shell = await signIn(page, 'northwind-ops');
  await shell.open('My access');
  const my = new MyAccessPage(page);
  await expect(my.token).toContainText('Standard token “Northwind ops” of Northwind Logistics');
  await expect(
    my.sharedRow('Northwind Logistics', /Grant “Main Teltonika for Northwind”.*Acme Telematics.*read on channel “Main Teltonika”.*No end date.*Active/),
  ).toBeVisible();
  await expect(my.sharedRow('Northwind Logistics', /Grant “Fleet app calcs for Northwind”.*Fleet App.*read on every calc of Fleet App.*Active/)).toBeVisible();
  await expect(my.reach).toContainText('Devices: 3');
  await expect(my.limits).toContainText('Only a master token may use Access Management');
  await expect(my.limits).toContainText('cannot be passed on');
  // Owners are named where the token may know them: no "Account #1000".
  await expect(my.main).not.toContainText(/Account #\d+/);
  await expectNoSeriousA11yViolations(page, 'My access', MAIN);
});

test('Dana at /access/grants reads why: a received right cannot be passed on; My access says what she holds', async ({ page }) => {
  const shell = await signIn(page, 'dana');
  await page.goto(paths.grants.getHref());
  await expect(shell.pageHeading).toHaveText('No access to Grants');
  const main = page.getByRole('main');
  await expect(main.getByText(/master token/)).toBeVisible();
  await expect(main.getByText(/A right your account received .* cannot be passed on/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'No access to Grants (Dana)', MAIN);
  await main.getByRole('link', { name: 'See what this token may do' }).click();
  const my = new MyAccessPage(page);
  await expect(my.heading).toHaveText('My access');
  const dana = 'Dana (supporter)';
  await expect(my.sharedRow(dana, /Grant “Reefer 12 support for Dana”.*Contoso Foods.*read, edit on device “Reefer 12”.*in \d+ days.*Active/)).toBeVisible();
  await expect(
    my.sharedRow(dana, /Role assignment: role “reader” for Dana \(supporter\) on account Northwind Logistics and below.*Acme Telematics.*Active/),
  ).toBeVisible();
  await expect(my.sharedRow(dana, /“contributor”.*Contoso Foods and below.*Acme Telematics.*Ended: gives nothing/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'My access (Dana)', MAIN);
});

test('an ACL token: its access list by device name, with what it really allows', async ({ page }) => {
  const shell = await signIn(page, 'toolbox-link');
  await expect(shell.menuLink('My access')).toBeVisible();
  const my = new MyAccessPage(page);
  await my.goto();
  await expect(my.token).toContainText('ACL token');
  await expect(my.token).toContainText('Access list: read on devices “NW Truck 1” and “NW Truck 2”, with logs and every other submodule alike');
  await expect(my.limits).toContainText('An ACL token reaches only what an entry of its access list allows');
  await expect(my.main.getByText('An ACL token is shown only what its access list reaches, not what is shared with Northwind Logistics.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'My access (ACL token)', MAIN);
});
