/** PUT where the server has no PATCH (flespi), PATCH where it has; collections it lacks are not asked. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PANEL_EXTENSIONS } from '../contracts/extensions';
import { installFlespiWorld, personaApi, server } from '../test/mockApi';
import { resourceClient } from './resourceClient';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(installFlespiWorld);

const own = { actAs: null };
const writes = (sent: string[]) => sent.filter((r) => !r.startsWith('GET '));

describe('resourceClient.update', () => {
  it('against flespi: PUT on tokens, subaccounts and grants, PATCH on devices and plugins; the change is made', async () => {
    const { api, sent } = personaApi('acme-admin', []);
    const tokens = resourceClient<{ id: number; info: string; rev?: number }>(api, 'tokens', own);
    const t = (await tokens.list()).result.find((x) => x.info === 'Fleet App integration');
    if (!t) throw new Error('demo token missing');
    expect((await tokens.update(t.id, { info: 'renamed by PUT' }, { ifMatch: t.rev }))?.info).toBe('renamed by PUT');
    await resourceClient(api, 'subaccounts', own).update(1003, { name: 'Clients (PUT)' });
    await resourceClient(api, 'devices', own).update(301, { name: 'Truck (PATCH)' });
    await resourceClient(api, 'plugins', own).update('all', { name: 'Plugin (PATCH)' });
    expect(writes(sent)).toEqual([`PUT /platform/tokens/${t.id}`, 'PUT /platform/subaccounts/1003', 'PATCH /gw/devices/301', 'PATCH /gw/plugins/all']);
  });
  it('on our backend: PATCH everywhere', async () => {
    const { api, sent } = personaApi('acme-admin', PANEL_EXTENSIONS);
    await resourceClient(api, 'subaccounts', own).update(1003, { name: 'Clients (PATCH)' });
    expect(writes(sent)).toEqual(['PATCH /platform/subaccounts/1003']);
  });
});

describe('a collection the server lacks', () => {
  it('reads as empty and sends nothing; a write is refused with the reason', async () => {
    const { api, sent } = personaApi('acme-admin', ['access', 'paging', 'patch']);
    const roles = resourceClient(api, 'role-assignments', own);
    expect(await roles.list()).toEqual({ result: [] });
    expect(await roles.getOne(1)).toBeNull();
    await expect(roles.delete(1)).rejects.toThrow(/extensions of this panel's own backend/);
    expect(sent).toEqual([]);
  });
});
