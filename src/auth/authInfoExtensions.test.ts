/** The extensions are learned from /auth/info's header, in the same request, and kept with the session's info. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_EXTENSIONS } from '../contracts/extensions';
import { createApiClient } from '../lib/apiClient';
import { installFlespiWorld, personaApi, server } from '../test/mockApi';
import { fetchAuthInfo } from './authInfo';
import { createSessionStore } from './sessionStore';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  installFlespiWorld();
});
afterAll(() => server.close());

const memoryStorage = (): Storage => {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
};

describe('fetchAuthInfo', () => {
  it('our backend announces every extension, in one request', async () => {
    const { api, sent } = personaApi('dana', []);
    expect((await fetchAuthInfo(api)).extensions).toEqual([...PANEL_EXTENSIONS]);
    expect(sent).toEqual(['GET /auth/info']);
  });
  it('a server without the header (flespi) has none; the session keeps that across a reload', async () => {
    const body = JSON.stringify({ result: [{ id: 7, cid: 9, info: 'x', access: { type: 1, acl: [] } }] });
    const api = createApiClient({
      baseUrl: 'http://flespi.test',
      getKey: () => 'k',
      fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
    });
    const info = await fetchAuthInfo(api);
    expect(info.extensions).toEqual([]);
    const [local, tab] = [memoryStorage(), memoryStorage()];
    createSessionStore(local, tab).signIn('k', info, true);
    expect(createSessionStore(local, tab).get()?.info.extensions).toEqual([]);
  });
});
