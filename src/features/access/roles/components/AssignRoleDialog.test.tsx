// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callAs, choose, descriptionOf, renderSignedIn, withMockBackend } from '../../../../test/panelHarness';
import { AssignRoleDialog } from './AssignRoleDialog';

const backend = withMockBackend();

async function open(roleId?: number) {
  await renderSignedIn('acme-admin', <AssignRoleDialog roleId={roleId} onClose={vi.fn()} />);
  return within(await screen.findByRole('dialog', { name: 'Assign role' }));
}

describe('AssignRoleDialog (as Acme admin)', () => {
  it('names each missing field and saves nothing', async () => {
    const user = userEvent.setup();
    const dialog = await open();
    await user.click(dialog.getByRole('button', { name: 'Assign' }));
    expect(descriptionOf(dialog.getByRole('combobox', { name: /^Role/ }))).toBe('Role: pick one.');
    expect(descriptionOf(dialog.getByRole('combobox', { name: /^Subject/ }))).toBe('Subject: pick the account that gets the role.');
    expect(descriptionOf(dialog.getByRole('combobox', { name: /^Scope account/ }))).toBe('Scope: pick an account.');
    expect(await backend.sent()).toEqual([]);
  });

  it('submit sends the assignment the form shows', async () => {
    const user = userEvent.setup();
    const dialog = await open(3);
    await choose(user, dialog, /^Subject/, 'Dana (supporter) (#1007)');
    await choose(user, dialog, /^Scope account/, 'Contoso Foods (#1005)');
    await user.click(dialog.getByRole('button', { name: 'Assign' }));
    const saved = async () => (await backend.sent()).filter((r) => r.path !== '/platform/access/preview');
    await waitFor(async () => expect(await saved()).toHaveLength(1));
    expect(await saved()).toEqual([
      { method: 'POST', path: '/platform/role-assignments', body: [{ role_id: 3, subject_cid: 1007, scope: '/accounts/1005', expire: 0 }] },
    ]);
  });

  it("shows the backend's refusal: the role was deleted while the dialog was open", async () => {
    const user = userEvent.setup();
    const made = await callAs('acme-admin', 'POST', '/platform/roles', [{ name: 'Temp viewer', description: '', permissions: ['devices:read'] }]);
    const roleId = made.result[0]?.id ?? 0;
    const dialog = await open(roleId);
    await choose(user, dialog, /^Subject/, 'Dana (supporter) (#1007)');
    await choose(user, dialog, /^Scope account/, 'Contoso Foods (#1005)');
    expect((await callAs('acme-admin', 'DELETE', `/platform/roles/${roleId}`)).status).toBe(200);
    await user.click(dialog.getByRole('button', { name: 'Assign' }));
    expect((await dialog.findByRole('alert')).textContent).toMatch(/role_id: no such role\.$/);
  });
});
