// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callAs, choose, descriptionOf, renderSignedIn, withMockBackend } from '../../../../test/panelHarness';
import { GrantFormDialog } from './GrantFormDialog';

const backend = withMockBackend();
const saved = async () => (await backend.sent()).filter((r) => r.path !== '/platform/access/preview');

async function open() {
  const user = userEvent.setup();
  await renderSignedIn('acme-admin', <GrantFormDialog onClose={vi.fn()} />);
  return { user, dialog: within(await screen.findByRole('dialog', { name: 'Create grant' })) };
}

/** Acme shares all its devices, read only, with `grantee` (an option label of the Grantees field). */
async function fill(user: ReturnType<typeof userEvent.setup>, dialog: Awaited<ReturnType<typeof open>>['dialog'], grantee: string) {
  await user.type(dialog.getByRole('textbox', { name: /^Name/ }), 'Devices for a partner');
  await choose(user, dialog, /^Grantor/, 'Acme Telematics (#1000)');
  await choose(user, dialog, /^Grantees/, grantee);
  await user.click(dialog.getByRole('checkbox', { name: "All of the grantor's devices" }));
}

describe('GrantFormDialog (Create grant, as Acme admin)', () => {
  it('names every missing field and saves nothing', async () => {
    const { user, dialog } = await open();
    await user.click(dialog.getByRole('button', { name: 'Create' }));
    expect(descriptionOf(dialog.getByRole('textbox', { name: /^Name/ }))).toBe('Name must not be empty.');
    expect(descriptionOf(dialog.getByRole('combobox', { name: /^Grantor/ }))).toBe('Grantor: pick the account that shares.');
    expect(descriptionOf(dialog.getByRole('combobox', { name: /^Grantees/ }))).toMatch(/^The accounts that receive it/);
    expect(dialog.getByText('Item 1: pick instances, or share all of them.')).toBeTruthy();
    expect(await saved()).toEqual([]);
  });

  it('submit sends the grant the form shows', async () => {
    const { user, dialog } = await open();
    await fill(user, dialog, 'Northwind Logistics (#1004)');
    await user.click(dialog.getByRole('button', { name: 'Create' }));
    await waitFor(async () => expect(await saved()).toHaveLength(1));
    expect(await saved()).toEqual([
      {
        method: 'POST',
        path: '/platform/grants',
        body: [
          {
            name: 'Devices for a partner',
            cid: 1000,
            subaccounts: [1004],
            items: [{ type: 'devices', ids: 'all', access: ['read'] }],
            expire: 0,
            enabled: true,
          },
        ],
      },
    ]);
  });

  it('saves a grant with no grantees and no items, as the backend takes it', async () => {
    const before = (await callAs('acme-admin', 'GET', '/platform/grants/all')).result.length;
    const { user, dialog } = await open();
    await user.type(dialog.getByRole('textbox', { name: /^Name/ }), 'Prepared, shared later');
    await choose(user, dialog, /^Grantor/, 'Acme Telematics (#1000)');
    await user.click(dialog.getByRole('button', { name: 'Remove item 1' }));
    await user.click(dialog.getByRole('button', { name: 'Create' }));
    await waitFor(async () => expect(await saved()).toHaveLength(1));
    expect((await saved())[0]).toMatchObject({ method: 'POST', path: '/platform/grants', body: [{ cid: 1000, subaccounts: [], items: [] }] });
    await waitFor(async () => expect((await callAs('acme-admin', 'GET', '/platform/grants/all')).result).toHaveLength(before + 1));
  });

  it("shows the backend's refusal: the grantee was deleted while the dialog was open", async () => {
    const made = await callAs('acme-admin', 'POST', '/platform/subaccounts', [{ name: 'Short-lived partner' }]);
    const partner = made.result[0]?.id ?? 0;
    const { user, dialog } = await open();
    await fill(user, dialog, `Short-lived partner (#${partner})`);
    expect((await callAs('acme-admin', 'DELETE', `/platform/subaccounts/${partner}`)).status).toBe(200);
    await user.click(dialog.getByRole('button', { name: 'Create' }));
    expect((await dialog.findByRole('alert')).textContent).toMatch(/subaccounts: lists an unknown account/);
  });
});
