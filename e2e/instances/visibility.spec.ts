/**
 * Issue 5, proof: for each demo persona, every instance list shows exactly what the API returns for the
 * same principal, and the actions on a detail page are exactly the permissions the API reports.
 */
import { callApi, expect, PERSONAS, signIn, test } from '../fixtures';
import type { Persona } from '../fixtures';
import { InstancesPage } from '../pages/InstancesPage';
import type { InstanceTypeName } from '../pages/InstancesPage';

const TYPES: InstanceTypeName[] = ['devices', 'channels', 'streams', 'calcs', 'plugins', 'groups'];
const signable = PERSONAS.filter((p) => !p.refused);

for (const persona of signable) {
  test(`${persona.label}: lists and actions match the API`, async ({ page }) => {
    await signIn(page, persona.id as Persona['id']);
    const me = await callApi<{ cid: number }>(page, persona.key, 'GET', '/auth/info');
    const cid = me.body.result?.[0]?.cid;
    for (const type of TYPES) {
      const api = await callApi<{ id: number; name: string }>(page, persona.key, 'GET', `/gw/${type}/all`);
      const list = new InstancesPage(page, type);
      await list.gotoList('?size=100', { inApp: true });
      if (api.status === 403) {
        await expect(list.heading, type).toHaveText(/^No access to /);
        continue;
      }
      expect(api.status, type).toBe(200);
      const expected = (api.body.result ?? []).map((i) => i.name).sort();
      expect((await list.listedNames()).sort(), `${persona.id} ${type}`).toEqual(expected);

      // Actions of the first visible item equal its permissions for this principal.
      const first = api.body.result?.[0];
      if (!first) continue;
      const access = await callApi<{ permissions: string[] }>(page, persona.key, 'GET', `/platform/access/${cid}?type=${type}&ids=${first.id}`);
      const permissions = access.body.result?.[0]?.permissions ?? [];
      await list.gotoDetail(first.id, '', { inApp: true });
      await expect(list.heading).toHaveText(first.name);
      await expect(list.action('Edit'), `${type} #${first.id} edit`).toHaveCount(permissions.includes('update') ? 1 : 0);
      await expect(list.action('Delete'), `${type} #${first.id} delete`).toHaveCount(permissions.includes('delete') ? 1 : 0);
      const commands = type === 'devices' && permissions.includes('command');
      await expect(list.action('Send command'), `${type} #${first.id} command`).toHaveCount(commands ? 1 : 0);
      const logsTab = list.main.getByRole('tab', { name: 'Logs' });
      await expect(logsTab, `${type} #${first.id} logs`).toHaveCount(permissions.includes('logs') ? 1 : 0);
    }
  });
}
