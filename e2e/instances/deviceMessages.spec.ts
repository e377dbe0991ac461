/**
 * Issue 17: a device's Messages and Telemetry tabs show what the mock generates for whoever may read them,
 * and are hidden from a token whose ACL lists other submodules only (the backend refuses it too).
 */
import { InstancesPage } from '../pages/InstancesPage';
import { callApi, expect, personaKey, signIn, signInWith, test } from '../fixtures';

test('the TrackIt link (devices with messages and telemetry) sees a device’s messages and telemetry', async ({ page }) => {
  await signIn(page, 'trackit-link');
  const devices = new InstancesPage(page, 'devices');
  await devices.gotoDetail(311, 'messages');
  await expect(devices.heading).toHaveText('Reefer 11');
  const messages = devices.main.getByRole('table', { name: 'Latest 50 messages' });
  await expect(messages.getByRole('row')).toHaveCount(51);
  await expect(messages.getByRole('columnheader', { name: 'Speed (km/h)' })).toBeVisible();
  await devices.main.getByRole('tab', { name: 'Telemetry' }).click();
  const telemetry = devices.main.getByRole('table', { name: 'Telemetry' });
  await expect(telemetry.getByRole('row', { name: /position\.latitude/ })).toBeVisible();
});

test('an ACL token listing only the telemetry submodule has no Messages tab, and the backend refuses it', async ({ page, context }) => {
  await signIn(page, 'acme-admin');
  const made = await callApi<{ key: string }>(page, personaKey('acme-admin'), 'POST', '/platform/tokens', [
    {
      cid: 1005,
      info: 'Telemetry only',
      ttl: 3600,
      access: { type: 2, acl: [{ uri: 'gw/devices', methods: ['GET'], ids: 'all', submodules: [{ name: 'telemetry', methods: ['GET'] }] }] },
    },
  ]);
  const key = made.body.result?.[0]?.key ?? '';
  expect((await callApi(page, key, 'GET', '/gw/devices/311/messages')).status).toBe(403);

  // A new tab has no session of its own: sign in there with the new key (the backend is shared).
  const tab = await context.newPage();
  await signInWith(tab, key);
  const devices = new InstancesPage(tab, 'devices');
  await devices.gotoDetail(311);
  await expect(devices.heading).toHaveText('Reefer 11');
  await expect(devices.main.getByRole('tab', { name: 'Telemetry' })).toBeVisible();
  await expect(devices.main.getByRole('tab', { name: 'Messages' })).toHaveCount(0);
  await devices.main.getByRole('tab', { name: 'Telemetry' }).click();
  await expect(devices.main.getByRole('table', { name: 'Telemetry' })).toBeVisible();
});
