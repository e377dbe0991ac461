/** Issue 9: the lock-out guard on the last root master token, in the timeline and on the token screen (the rest: `hygiene.spec.ts`). */
import type { Token } from '../../src/domain/types';
import { callApi, expect, signIn, test } from '../fixtures';
import { ExpiringPage } from '../pages/ExpiringPage';
import { TokenActionsBar } from '../pages/TokenActionsBar';
import { ADMIN, DAY, list } from './hygieneApi';

test.describe('lock-out guard', () => {
  test('removing the last root master token is explained before the click and refused with 409 after', async ({ page }) => {
    await signIn(page, 'acme-admin');
    const soon = Math.floor(Date.now() / 1000) + 2 * DAY;
    expect((await callApi(page, ADMIN, 'PATCH', '/platform/tokens/1', { expire: soon })).status).toBe(200);
    const timeline = new ExpiringPage(page);
    await timeline.goto(7);
    await timeline.remove('Token “Acme admin”');
    const reason = /without an enabled master token/;
    await expect(timeline.dialog).toContainText(reason);
    const api = await callApi(page, ADMIN, 'DELETE', '/platform/tokens/1');
    expect(api.status).toBe(409);
    expect(api.body.errors?.[0]?.reason).toMatch(reason);
    await timeline.dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(timeline.dialog.getByRole('alert')).toContainText(reason);
    await expect(timeline.dialog).toBeVisible();
    expect((await list<Token>(page, '/platform/tokens/1'))[0]?.enabled).toBe(true);
  });

  test('the token screen explains it in the disable and delete confirmations, and shows the 409 after', async ({ page }) => {
    await signIn(page, 'acme-admin');
    const actions = new TokenActionsBar(page);
    await actions.goto(1);
    const reason = /without an enabled master token/;
    for (const action of ['Disable', 'Delete'] as const) {
      await actions.open(action);
      await expect(actions.dialog.getByRole('status')).toContainText(reason);
      await actions.confirm(action).click();
      await expect(actions.dialog.getByRole('alert')).toContainText(reason);
      await actions.dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(actions.dialog).toHaveCount(0);
    }
    const token = (await list<Token>(page, '/platform/tokens/1'))[0];
    expect(token?.enabled).toBe(true);
    // Another token's confirmation carries no warning.
    await actions.goto(8);
    await actions.open('Disable');
    await expect(actions.dialog).toContainText('The key stops working');
    await expect(actions.dialog.getByRole('status')).toHaveCount(0);
  });

  test('with a spare root master, removing the calling token waits for an acknowledgement', async ({ page }) => {
    await signIn(page, 'acme-admin');
    const now = Math.floor(Date.now() / 1000);
    const spare = await callApi(page, ADMIN, 'POST', '/platform/tokens', [{ info: 'Spare root master', expire: now + 30 * DAY, access: { type: 1, acl: [] } }]);
    expect(spare.status).toBe(200);
    expect((await callApi(page, ADMIN, 'PATCH', '/platform/tokens/1', { expire: now + 2 * DAY })).status).toBe(200);
    const timeline = new ExpiringPage(page);
    await timeline.goto(7);
    await timeline.remove('Token “Acme admin”');
    await expect(timeline.dialog).toContainText('signs you out');
    const remove = timeline.dialog.getByRole('button', { name: 'Remove' });
    await expect(remove).toBeDisabled();
    await timeline.dialog.getByRole('checkbox', { name: 'I understand; go ahead anyway' }).check();
    await expect(remove).toBeEnabled();
  });
});
