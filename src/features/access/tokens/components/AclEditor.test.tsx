// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { choose, descriptionOf, renderSignedIn, withMockBackend } from '../../../../test/panelHarness';
import { TokenFormDialog } from './TokenFormDialog';

const backend = withMockBackend();

/** The ACL editor as users meet it: in the New token dialog, once the kind is ACL. */
async function openAclToken() {
  const user = userEvent.setup();
  await renderSignedIn('acme-admin', <TokenFormDialog token={null} onClose={vi.fn()} />);
  const dialog = within(await screen.findByRole('dialog', { name: 'New token' }));
  await choose(user, dialog, /^Kind/, /^ACL/);
  return { user, dialog, acl: within(dialog.getByRole('region', { name: 'Access list (ACL)' })) };
}

describe('AclEditor (an ACL token in the New token dialog)', () => {
  it("an ACL token with no entry is refused before saving, in the module's words", async () => {
    const { user, dialog, acl } = await openAclToken();
    expect(acl.getByText(/^No entries: the token would be allowed nothing/)).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: 'Create token' }));
    expect(acl.getByText('access.acl: an ACL token needs at least one entry (nothing listed means nothing allowed).')).toBeTruthy();
    expect(await backend.sent()).toEqual([]);
  });

  it('an entry names what it lacks (ids), then saves the entry as edited', async () => {
    const { user, dialog, acl } = await openAclToken();
    await user.click(acl.getByRole('button', { name: 'Preset: Devices read-only for chosen ids' }));
    await user.click(dialog.getByRole('button', { name: 'Create token' }));
    expect(descriptionOf(acl.getByRole('combobox', { name: 'Entry 1 devices' }))).toMatch(/^Entry 1 ids: pick at least one of the devices, or allow all\./);
    expect(await backend.sent()).toEqual([]);
    await user.click(acl.getByRole('radio', { name: 'All devices' }));
    await user.click(dialog.getByRole('button', { name: 'Create token' }));
    await waitFor(async () => expect(await backend.sent()).toHaveLength(1));
    const [post] = await backend.sent();
    expect(post?.body).toEqual([expect.objectContaining({ access: { type: 2, acl: [{ uri: 'gw/devices', methods: ['GET'], ids: 'all' }] } })]);
  });
});
