import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { personaKey } from './demo/personas';
import { getStore } from './backend';
import { demoState } from './initialState';
import { Store } from './store';
import { resetMockWorld, server } from '../node';

const T0 = 1_800_000_000;

function storeWithTtlToken(ttl: number): Store {
  const state = demoState(T0);
  const token = state.world.tokens.find((t) => t.key === personaKey('northwind-ops'));
  if (!token) throw new Error('demo token missing');
  Object.assign(token, { expire: 0, ttl, accessed: T0 });
  return new Store(state);
}
const tokenOf = (store: Store, key: string) => store.world.tokens.find((t) => t.key === key);

describe('Store.touchToken', () => {
  it('moves accessed on every use, so a short ttl counts from the last use', () => {
    const key = personaKey('northwind-ops');
    const store = storeWithTtlToken(30);
    const id = tokenOf(store, key)?.id ?? 0;
    for (const now of [T0 + 20, T0 + 40, T0 + 65]) {
      expect(store.index().authenticate(key, now).ok).toBe(true);
      store.touchToken(id, now);
      expect(tokenOf(store, key)?.accessed).toBe(now);
    }
    expect(store.index().authenticate(key, T0 + 65 + 31).ok).toBe(false);
  });

  it('never moves accessed back', () => {
    const store = storeWithTtlToken(30);
    const id = tokenOf(store, personaKey('northwind-ops'))?.id ?? 0;
    store.touchToken(id, T0 + 10);
    store.touchToken(id, T0 + 5);
    expect(tokenOf(store, personaKey('northwind-ops'))?.accessed).toBe(T0 + 10);
  });

  it('tells listeners (persistence, other tabs) at most once a minute per token', () => {
    const store = storeWithTtlToken(0);
    const id = tokenOf(store, personaKey('northwind-ops'))?.id ?? 0;
    const heard = vi.fn();
    store.subscribe(heard);
    for (let s = 1; s <= 59; s += 1) store.touchToken(id, T0 + s);
    expect(heard).toHaveBeenCalledTimes(1);
    store.touchToken(id, T0 + 61);
    expect(heard).toHaveBeenCalledTimes(2);
  });
});

describe('a request updates the token it is made with', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => void resetMockWorld());
  afterEach(() => vi.useRealTimers());
  afterAll(() => server.close());

  const get = (key: string, path: string) => fetch(`http://api.test${path}`, { headers: { authorization: `FlespiToken ${key}` } });

  it.each(['/auth/info', '/gw/devices/all', '/platform/customer'])('%s', async (path) => {
    const key = personaKey('northwind-ops');
    const before = tokenOf(getStore(), key)?.accessed ?? 0;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime((before + 5) * 1000);
    expect((await get(key, path)).status).toBe(200);
    expect(tokenOf(getStore(), key)?.accessed).toBe(before + 5);
    vi.setSystemTime((before + 7) * 1000);
    await get(key, path);
    expect(tokenOf(getStore(), key)?.accessed).toBe(before + 7);
  });

  it('a refused key changes nothing', async () => {
    const key = personaKey('old-token');
    const before = tokenOf(getStore(), key)?.accessed;
    expect((await get(key, '/auth/info')).status).toBe(401);
    expect(tokenOf(getStore(), key)?.accessed).toBe(before);
  });
});
