/**
 * Issue 7, security: names holding HTML or script render as text; token keys are masked by default and
 * never appear in URLs, requests' query strings, logs, error messages or the console.
 */
import { paths } from '../../src/lib/paths';
import { callApi, createToken, expect, openInApp, PERSONAS, personaKey, signIn, test } from '../fixtures';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>Bold</b><script>window.__pwned=2</script>';

test('names with HTML and script are shown as text, never run', async ({ page }) => {
  const shell = await signIn(page, 'acme-admin');
  const admin = personaKey('acme-admin');
  const device = await callApi<{ id: number }>(page, admin, 'POST', '/gw/devices', [{ name: HOSTILE, device_type_id: 1 }]);
  const account = await callApi<{ id: number }>(page, admin, 'POST', '/platform/subaccounts', [{ name: HOSTILE }]);
  const deviceId = device.body.result?.[0]?.id;
  const accountId = account.body.result?.[0]?.id;
  expect(deviceId && accountId).toBeTruthy();
  for (const [i, path] of [`/devices/${deviceId}`, `/access/subaccounts/${accountId}`, '/devices', '/access/subaccounts'].entries()) {
    // The first by a page load, the others in the running app.
    if (i === 0) await page.goto(path);
    else await openInApp(page, path);
    await expect(page.getByText(HOSTILE).first(), path).toBeVisible();
    await expect(page.getByRole('main').locator('img[src="x"], b, script'), path).toHaveCount(0);
  }
  await expect(shell.pageHeading).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('keys are masked by default and never leave the headers', async ({ page }) => {
  const keys = PERSONAS.map((p) => p.key);
  const leaks: string[] = [];
  const watch = (where: string, text: string) => {
    for (const k of keys) if (text.includes(k)) leaks.push(`${where}: ${text.slice(0, 120)}`);
  };
  page.on('framenavigated', (f) => watch('url', f.url()));
  page.on('request', (r) => watch('request url', r.url()));
  page.on('console', (m) => watch('console', m.text()));

  await signIn(page, 'acme-admin');
  await page.goto(paths.list.getHref('tokens'));
  await expect(page.getByRole('table', { name: 'Tokens' })).toBeVisible();
  watch('tokens page text', await page.getByRole('main').innerText());
  await page.goto(paths.detail.getHref('tokens', 1));
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  watch('token page text', await page.getByRole('main').innerText());
  expect(leaks).toEqual([]);
});

test('logs and error messages never carry a key', async ({ page }) => {
  await signIn(page, 'acme-admin');
  const admin = personaKey('acme-admin');
  const made = await createToken(page, 'for the log');
  await callApi(page, admin, 'PUT', `/platform/tokens/${made.id}`, { info: 'renamed' });
  for (const path of [`/platform/tokens/${made.id}/logs`, '/platform/customer/logs']) {
    const logs = await callApi(page, admin, 'GET', path);
    expect(logs.status, path).toBe(200);
    const text = JSON.stringify(logs.body);
    expect(text, path).not.toContain(made.key);
    for (const p of PERSONAS) expect(text, path).not.toContain(p.key);
  }
  // A well-formed but unknown key, a disabled one, and a refusal as a known principal: reasons name no key.
  const unknown = 'Z'.repeat(64);
  const refused = await callApi(page, unknown, 'GET', '/gw/devices/all');
  expect(refused.status).toBe(401);
  expect(JSON.stringify(refused.body)).not.toContain(unknown);
  const forbidden = await callApi(page, personaKey('toolbox-link'), 'GET', '/platform/tokens/all');
  expect(JSON.stringify(forbidden.body)).not.toContain(personaKey('toolbox-link'));
});
