// @vitest-environment happy-dom
/** "Why not?" in place (issue 20): the nearest blocker's action, as the backend names it, restores the access. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callAs, renderSignedIn, withMockBackend } from '../../../../test/panelHarness';
import type { WhyAnswer } from '../api/explorerKeys';
import { BlockerAction } from './BlockerAction';

const backend = withMockBackend();
const writes = async () => (await backend.sent()).filter((r) => r.path !== '/platform/access/preview');

async function why(persona: 'acme-admin', path: string): Promise<WhyAnswer> {
  const answer = (await callAs(persona, 'GET', `/platform/access/${path}`)).result[0] as unknown as WhyAnswer | undefined;
  if (!answer) throw new Error(`no answer for ${path}`);
  return answer;
}

async function show(a: WhyAnswer, type: 'devices' | 'channels' = 'devices') {
  if (!a.blocker) throw new Error('no blocker');
  await renderSignedIn('acme-admin', <BlockerAction blocker={a.blocker} item={{ type, id: a.id, name: a.name }} />);
  return userEvent.setup();
}

describe('BlockerAction (as the Acme admin)', () => {
  it('a disabled grant: "Enable grant …", previewed, enables it and Northwind reaches the channel again', async () => {
    expect((await callAs('acme-admin', 'PUT', '/platform/grants/1', { enabled: false })).status).toBe(200);
    const before = await why('acme-admin', '1004/why?type=channels&id=1');
    expect(before).toMatchObject({ allowed: false, blocker: { kind: 'disabled-grant', id: 1, restore: 'enable', mayRestore: true } });
    const user = await show(before, 'channels');
    await user.click(screen.getByRole('button', { name: 'Enable grant “Main Teltonika for Northwind”' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Enable grant “Main Teltonika for Northwind”?' }));
    expect(await dialog.findByText(/Northwind Logistics gains .*“Main Teltonika”/)).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: 'Enable' }));
    // The first write is the scene's (the grant disabled through the API).
    await waitFor(async () => expect((await writes()).slice(1)).toEqual([{ method: 'PUT', path: '/platform/grants/1', body: { enabled: true } }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await why('acme-admin', '1004/why?type=channels&id=1')).allowed).toBe(true);
  });

  it('an answer gone stale (the grant enabled meanwhile): the dialog says so and offers nothing to confirm', async () => {
    await callAs('acme-admin', 'PUT', '/platform/grants/1', { enabled: false });
    const stale = await why('acme-admin', '1004/why?type=channels&id=1');
    await callAs('acme-admin', 'PUT', '/platform/grants/1', { enabled: true });
    const user = await show(stale, 'channels');
    await user.click(screen.getByRole('button', { name: 'Enable grant “Main Teltonika for Northwind”' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Enable grant “Main Teltonika for Northwind”?' }));
    expect(await dialog.findByText('It is enabled already.')).toBeTruthy();
    expect(dialog.getByRole('button', { name: 'Enable' }).hasAttribute('disabled')).toBe(true);
  });

  it('a missing ACL entry: "Add … to the access list", said in words, then the token reads the device', async () => {
    const before = await why('acme-admin', '1004/why?type=devices&id=303&token=4');
    expect(before).toMatchObject({ allowed: false, code: 'acl-id', blocker: { kind: 'acl-entry', id: 4, mayRestore: true, name: 'token “Toolbox link”' } });
    const user = await show(before);
    await user.click(screen.getByRole('button', { name: 'Add NW Truck 3 to the access list of token “Toolbox link”' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Add NW Truck 3 to the access list of token “Toolbox link”?' }));
    expect(await dialog.findByText('Its access list will then allow: read on device “NW Truck 3”, with logs and every other submodule alike.')).toBeTruthy();
    expect(dialog.getByText(/NW Truck 3 joins its entry for devices/)).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: 'Add' }));
    await waitFor(async () =>
      expect(await writes()).toEqual([
        { method: 'PATCH', path: '/platform/tokens/4', body: { access: { type: 2, acl: [{ uri: 'gw/devices', methods: ['GET'], ids: [301, 302, 303] }] } } },
      ]),
    );
    expect((await why('acme-admin', '1004/why?type=devices&id=303&token=4')).allowed).toBe(true);
  });

  it('offers nothing to a caller who may not change the record', async () => {
    const a = await why('acme-admin', '1007/why?type=devices&id=311');
    expect(a.blocker).toMatchObject({ kind: 'expired-assignment', mayRestore: true });
    if (!a.blocker) return;
    await renderSignedIn('acme-admin', <BlockerAction blocker={{ ...a.blocker, mayRestore: false }} item={{ type: 'devices', id: 311, name: 'Reefer 11' }} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
