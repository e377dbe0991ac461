/**
 * A limit's use counted in the browser (no `/platform/limits/<sel>/use`: flespi) equals the server's answer on
 * the demo world, for every persona that reads limits and every account it may act as, asking only what
 * flespi has. A persona that reads no limits (403) is skipped by both.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../contracts/endpoints';
import { PANEL_EXTENSIONS } from '../contracts/extensions';
import type { Token } from '../domain/types';
import { SIGNED_IN_PERSONAS, flespiServes, installFlespiWorld, personaApi, server } from '../test/mockApi';
import { accessClient } from './accessClient';
import { isApiError } from './apiClient';
import { limitClient } from './limitClient';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(installFlespiWorld);

const sorted = <T extends { limit_id: number }>(rows: T[]) => [...rows].sort((a, b) => a.limit_id - b.limit_id);

describe.each(SIGNED_IN_PERSONAS)('%s: limit use counted in the browser', (persona) => {
  it("equals the server's, per limit and for all", async () => {
    const ours = personaApi(persona, PANEL_EXTENSIONS);
    const flespi = personaApi(persona, []);
    const info = (await ours.api.get<Token>(ENDPOINTS.authInfo)).result[0] as Token;
    const accounts = await accessClient(ours.api, { actAs: null }).accounts<{ id: number }>(info.cid);
    let compared = 0;
    for (const a of accounts) {
      const acting = { actAs: a.id === info.cid ? null : a.id };
      const server = await limitClient(ours.api, acting)
        .use('all')
        .catch((e: unknown) => (isApiError(e) && e.status === 403 ? null : Promise.reject(e)));
      if (server === null) continue;
      expect(sorted(await limitClient(flespi.api, acting).use('all')), `all as ${a.id}`).toEqual(sorted(server));
      for (const u of server) expect(await limitClient(flespi.api, acting).use(u.limit_id), `${u.limit_id} as ${a.id}`).toEqual([u]);
      compared += server.filter((u) => u.accounts.length > 0).length;
    }
    if (persona === 'acme-admin') expect(compared).toBeGreaterThanOrEqual(2);
    expect(flespi.sent.filter((r) => !flespiServes(...(r.split(' ') as [string, string])))).toEqual([]);
  });
});
