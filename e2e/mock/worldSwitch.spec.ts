/**
 * Nothing dropped silently when another world is asked for (issue 21): with the backend running for another
 * tab, asking for the large world keeps the changed demo world aside first and says so; the kept world is
 * listed in Demo data, downloads, and Import world brings its change back.
 */
import { readFileSync } from 'node:fs';
import { callApi, expect, personaKey, signIn, test } from '../fixtures';

const admin = personaKey('acme-admin');

test('switching worlds keeps a world with changes aside; Demo data lists it and Import world brings it back', async ({ page, context }) => {
  // The large world is built in the browser (as in the other large-world specs): seconds on a busy machine.
  test.setTimeout(90_000);
  await signIn(page, 'acme-admin', { stay: true });
  expect((await callApi(page, admin, 'PATCH', '/gw/devices/100', { name: 'Kept across the switch' })).status).toBe(200);

  const other = await context.newPage();
  await other.goto('/login?world=large&seed=7');
  await expect(other.getByRole('status').filter({ hasText: 'had changes, so it was kept aside' })).toBeVisible({ timeout: 60_000 });
  // Back to the demo world: the large one has no change of the user's, so nothing more is kept.
  await other.goto('/login?world=demo');
  await expect(other.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await expect(other.getByRole('status').filter({ hasText: 'kept aside' })).toHaveCount(0);

  await signIn(other, 'acme-admin', { stay: true });
  expect((await callApi<{ name: string }>(other, admin, 'GET', '/gw/devices/100?fields=name')).body.result?.[0]?.name).toBe('Acme demo unit 1');
  await other.getByRole('button', { name: 'Demo data' }).click();
  const dialog = other.getByRole('dialog', { name: 'Demo data' });
  const kept = dialog.getByRole('list', { name: 'Kept worlds' });
  await expect(kept.getByRole('listitem')).toHaveCount(1);
  await expect(kept.getByText('Set aside when the large world (seed 7) was asked for.')).toBeVisible();
  const download = other.waitForEvent('download');
  await kept.getByRole('button', { name: /^Download the world kept/ }).click();
  const file = await (await download).path();
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ state: { version: 1 }, journal: [] });

  await dialog.getByLabel('World file to import').setInputFiles(file);
  await expect(dialog.getByRole('status').filter({ hasText: 'The world was imported' })).toBeVisible();
  expect((await callApi<{ name: string }>(other, admin, 'GET', '/gw/devices/100?fields=name')).body.result?.[0]?.name).toBe('Kept across the switch');
});
