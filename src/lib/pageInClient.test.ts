/** Paging, sorting and search in the browser (flespi has no paging) give the pages the server gives. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_EXTENSIONS } from '../contracts/extensions';
import { INSTANCE_TYPES } from '../domain/types';
import { installFlespiWorld, personaApi, server } from '../test/mockApi';
import { instanceMatches, instanceSelector } from './instanceSelector';
import type { InstanceFilter } from './instanceSelector';
import { pageInClient } from './pageInClient';
import { resourceClient } from './resourceClient';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  installFlespiWorld();
});
afterAll(() => server.close());

type Row = { id: number; cid: number; name: string };
const filters: InstanceFilter[] = [
  { q: '', cid: null },
  { q: 'reefer', cid: null },
  { q: 'R*er 1', cid: null },
  { q: '', cid: 1004 },
  { q: 'a', cid: 1005 },
];
const pages = [
  { limit: 5, offset: 0, sort: 'name' },
  { limit: 5, offset: 5, sort: '-name' },
  { limit: 3, offset: 1, sort: '-cid' },
  { limit: 10, offset: 0, sort: undefined },
];

describe('pageInClient', () => {
  it('equals the server’s page for every search, owner filter, sort and offset', async () => {
    const { api } = personaApi('acme-admin', PANEL_EXTENSIONS);
    for (const type of INSTANCE_TYPES) {
      const records = resourceClient<Row>(api, type, { actAs: null });
      const all = (await records.list({ query: { fields: 'id,cid,name' } })).result;
      for (const filter of filters)
        for (const page of pages) {
          const want = await records.get(encodeURIComponent(instanceSelector(filter)), { query: { ...page, fields: 'id,cid,name' } });
          const got = pageInClient(all, page, instanceMatches(filter));
          expect(got, `${type} ${JSON.stringify(filter)} ${JSON.stringify(page)}`).toEqual(want);
        }
    }
  });
  it('counts what is kept, not what is shown', () => {
    const rows = [3, 1, 2].map((id) => ({ id, name: `n${id}` }));
    expect(pageInClient(rows, { limit: 1, offset: 1, sort: 'id' }, (r) => r.id !== 3)).toEqual({
      result: [{ id: 2, name: 'n2' }],
      pagination: { limit: 1, offset: 1, count: 2 },
    });
  });
});
