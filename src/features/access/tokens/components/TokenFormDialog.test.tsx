// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callAs, choose, descriptionOf, renderSignedIn, withMockBackend } from '../../../../test/panelHarness';
import { TokenFormDialog } from './TokenFormDialog';

const backend = withMockBackend();

async function openNewToken() {
  const onClose = vi.fn();
  await renderSignedIn('acme-admin', <TokenFormDialog token={null} onClose={onClose} />);
  const dialog = await screen.findByRole('dialog', { name: 'New token' });
  return { dialog: within(dialog), onClose };
}

describe('TokenFormDialog (New token, as Acme admin)', () => {
  it('a token must expire: both fields say so, naming expire and ttl, and nothing is sent', async () => {
    const user = userEvent.setup();
    const { dialog } = await openNewToken();
    await user.clear(dialog.getByLabelText('Expire'));
    await user.click(dialog.getByRole('button', { name: 'Create token' }));
    expect(descriptionOf(dialog.getByLabelText('Expire'))).toMatch(/^expire or ttl: a token must expire/);
    expect(descriptionOf(dialog.getByLabelText('TTL (seconds)'))).toMatch(/^ttl or expire: a token must expire/);
    expect(await backend.sent()).toEqual([]);
  });

  it('submit sends the body the form shows, and the backend creates the token', async () => {
    const user = userEvent.setup();
    const { dialog } = await openNewToken();
    await user.type(dialog.getByLabelText('Info'), 'Fleet app');
    await user.clear(dialog.getByLabelText('Expire'));
    await user.type(dialog.getByLabelText('TTL (seconds)'), '3600');
    await user.click(dialog.getByRole('button', { name: 'Create token' }));
    await waitFor(async () => expect((await backend.sent()).length).toBe(1));
    const [post] = await backend.sent();
    expect(post).toEqual({
      method: 'POST',
      path: '/platform/tokens',
      body: [{ info: 'Fleet app', enabled: true, expire: 0, ttl: 3600, access: { type: 0, acl: [] }, cid: 1000 }],
    });
  });

  it("shows the backend's refusal: the account was deleted while the dialog was open", async () => {
    const user = userEvent.setup();
    const made = await callAs('acme-admin', 'POST', '/platform/subaccounts', [{ name: 'Short-lived client' }]);
    const client = made.result[0]?.id ?? 0;
    const { dialog } = await openNewToken();
    await choose(user, dialog, /^Account/, /^Short-lived client/);
    expect((await callAs('acme-admin', 'DELETE', `/platform/subaccounts/${client}`)).status).toBe(200);
    await user.click(dialog.getByRole('button', { name: 'Create token' }));
    // An account that is gone is absent, as one the caller may not see: the create answer is 404.
    expect((await dialog.findByRole('alert')).textContent).toBe('Item 0: Not found.');
  });
});
