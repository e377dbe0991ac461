/**
 * Issue 17, proof: the flows of flespi's official client (flespi-io-js 2.6.0), replayed in its own request shapes
 * (selectors in the path, `fields`, `data`, array bodies, `x-flespi-cid`) against both servers of `npm run api`:
 * ours and the flespi-only one. One table of flows; each runs on a fresh demo world and cleans up after itself.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installStore } from '../db/backend';
import { demoState } from '../db/initialState';
import { Store } from '../db/store';
import { flespiServes } from './flespiDialect';
import { MEMBERSHIPS, MESSAGES } from './officialFlowsDevices';
import { INSTANCES } from './officialFlowsGateway';
import { GRANTORS, GRANTS } from './officialFlowsGrants';
import { CUSTOMER, SUBACCOUNTS, TOKENS } from './officialFlowsPlatform';
import { replay, requestOf } from './officialFlowsReplay';
import { startApiServer } from './startApiServer';
import type { RunningApi } from './startApiServer';

const FLOWS = [CUSTOMER, SUBACCOUNTS, TOKENS, GRANTS, GRANTORS, ...INSTANCES, MEMBERSHIPS, MESSAGES];

describe('the official client flows', () => {
  it('ask only for what flespi serves', () => {
    for (const flow of FLOWS)
      for (const step of flow.steps) {
        const { url } = requestOf({ ...step, as: undefined }, new Map(flow.steps.flatMap((s) => Object.keys(s.keep ?? {}).map((k) => [k, '7']))));
        expect(flespiServes(step.method, new URL(url, 'http://x').pathname), `${flow.name}: ${step.what}`).toBe(true);
      }
  });
});

describe.each([
  ['npm run api', false],
  ['the flespi-only server', true],
])('the official client flows against %s', (_, flespiOnly) => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApiServer({ port: 0, hostname: '127.0.0.1', flespiOnly });
  });
  afterAll(() => api.close());
  beforeEach(() => void installStore(new Store(demoState())));

  it.each(FLOWS.map((f) => [f.name, f] as const))('%s', async (_name, flow) => {
    expect(await replay(api.url, flow)).toBe(flow.steps.length);
  });
});
