/**
 * The browser's prediction (no /platform/access: flespi) against the server's own answers on the demo world
 * as flespi could hold it (no roles), for every persona and every account it may act as, asking only what
 * flespi has. A master token reads every record its answers depend on: equal answers. Other tokens cannot
 * read the grants their account receives (`/platform/grantors` is for master tokens): an instance one gives
 * is predicted `read` (the server listed it), so a prediction may allow less than the server, never more.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../contracts/endpoints';
import { PANEL_EXTENSIONS } from '../contracts/extensions';
import type { Token } from '../domain/types';
import { INSTANCE_TYPES, PLATFORM_TYPES } from '../domain/types';
import { tokenMayUseType } from '../permissions';
import type { AccessEntry, KnownAccount, RecordType } from '../permissions';
import { SIGNED_IN_PERSONAS, flespiServes, installFlespiWorld, personaApi, server } from '../test/mockApi';
import { accessClient } from './accessClient';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(installFlespiWorld);

type Account = { id: number; via: string };
type Mine = { token: unknown; account: unknown; limits: unknown };
const byId = (entries: AccessEntry[]) => new Map(entries.map((e) => [e.id, [...e.permissions].sort()]));

describe.each(SIGNED_IN_PERSONAS)('%s: predicted as the server answers', (persona) => {
  it('acting accounts, entries per type, creatable accounts, token kinds and my access', async () => {
    const ours = personaApi(persona, PANEL_EXTENSIONS);
    const flespi = personaApi(persona, []);
    const info = (await ours.api.get<Token>(ENDPOINTS.authInfo)).result[0] as Token;
    const master = info.access.type === 1;
    const accounts = await accessClient(ours.api, { actAs: null }).accounts<Account>(info.cid);
    const predictedAccounts = await accessClient(flespi.api, { actAs: null }).accounts<Account>(info.cid);
    expect(predictedAccounts.map((a) => `${a.id} ${a.via}`).sort()).toEqual(accounts.map((a) => `${a.id} ${a.via}`).sort());
    const types: RecordType[] = [...INSTANCE_TYPES, ...PLATFORM_TYPES].filter((t) => t !== 'roles' && tokenMayUseType(info, t));
    for (const a of accounts) {
      const acting = { actAs: a.id === info.cid ? null : a.id };
      const [server, predicted] = [accessClient(ours.api, acting), accessClient(flespi.api, acting)];
      for (const type of types) {
        const want = byId((await server.entries<AccessEntry>(a.id, { type })).result);
        const got = byId((await predicted.entries<AccessEntry>(a.id, { type })).result);
        expect([...got.keys()].sort(), `${type} as ${a.id}`).toEqual([...want.keys()].sort());
        for (const [id, permissions] of got) {
          if (master) expect(permissions, `${type} ${id} as ${a.id}`).toEqual(want.get(id));
          else expect(want.get(id), `${type} ${id} as ${a.id}`).toEqual(expect.arrayContaining(permissions));
        }
        expect((await predicted.creatable(a.id, type)).sort(), `creatable ${type} as ${a.id}`).toEqual((await server.creatable(a.id, type)).sort());
      }
      if (tokenMayUseType(info, 'tokens')) expect(await predicted.tokenKinds(a.id), `token kinds as ${a.id}`).toEqual(await server.tokenKinds(a.id));
      const [mine, predictedMine] = [await server.mine<Mine>(a.id), await predicted.mine<Mine>(a.id)];
      if (master) expect(predictedMine, `my access as ${a.id}`).toEqual(mine);
      else expect({ ...predictedMine, reach: null, received: null }).toEqual({ ...mine, reach: null, received: null });
      // Names the panel may show (issue 20): the same for master tokens, never one the server would not give.
      const [names, predictedNames] = [await server.names<KnownAccount>(a.id), await predicted.names<KnownAccount>(a.id)];
      if (master) expect(predictedNames, `names as ${a.id}`).toEqual(names);
      else expect(names, `names as ${a.id}`).toEqual(expect.arrayContaining(predictedNames.filter((n) => n.name !== '')));
    }
    expect(flespi.sent.filter((r) => !flespiServes(...(r.split(' ') as [string, string])))).toEqual([]);
  });
});

describe('lock-out warnings, predicted', () => {
  it('equal the server’s for every token and account a master token could delete, disable or block', async () => {
    const ours = personaApi('acme-admin', PANEL_EXTENSIONS);
    const flespi = personaApi('acme-admin', []);
    const [server, predicted] = [accessClient(ours.api, { actAs: null }), accessClient(flespi.api, { actAs: null })];
    const targets = [
      ...(await ours.api.get<{ id: number }>('/platform/tokens/all')).result.flatMap((t) =>
        ['delete', 'disable'].map((change) => ({ type: 'tokens', id: t.id, change })),
      ),
      ...(await ours.api.get<{ id: number }>('/platform/subaccounts/all')).result.map((a) => ({ type: 'subaccounts', id: a.id, change: 'block' })),
    ];
    let risks = 0;
    for (const target of targets) {
      const want = await server.lockout(1000, target);
      if (want) risks++;
      expect(await predicted.lockout(1000, target), JSON.stringify(target)).toEqual(want);
    }
    expect(risks).toBeGreaterThan(0);
  });
});

describe('what one of its tokens reaches, predicted', () => {
  it('equals the server’s answer for every token of the root master token, per instance type', async () => {
    const ours = personaApi('acme-admin', PANEL_EXTENSIONS);
    const flespi = personaApi('acme-admin', []);
    const [server, predicted] = [accessClient(ours.api, { actAs: null }), accessClient(flespi.api, { actAs: null })];
    const tokens = (await ours.api.get<{ id: number }>('/platform/tokens/all')).result;
    for (const { id } of tokens)
      for (const type of INSTANCE_TYPES) {
        const want = byId((await server.entries<AccessEntry>(1000, { type, token: id })).result);
        expect(byId((await predicted.entries<AccessEntry>(1000, { type, token: id })).result), `${type} of token ${id}`).toEqual(want);
      }
  });
});
