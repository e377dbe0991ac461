import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { bindQueryCache } from './bindQueryCache';
import { createSessionStore } from './sessionStore';
import type { AuthInfo } from './authInfo';

class MemoryStorage {
  private data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear = () => this.data.clear();
  getItem = (k: string) => this.data.get(k) ?? null;
  key = (i: number) => [...this.data.keys()][i] ?? null;
  removeItem = (k: string) => void this.data.delete(k);
  setItem = (k: string, v: string) => void this.data.set(k, v);
}

const info: AuthInfo = { id: 1, cid: 1000, info: '', access: { type: 1, acl: [] }, expire: 0, ttl: 0, enabled: true };

describe('bindQueryCache', () => {
  it('empties the cache when the session ends, resets it when the acting account changes', () => {
    const store = createSessionStore(new MemoryStorage(), new MemoryStorage());
    const client = new QueryClient();
    const clear = vi.spyOn(client, 'clear');
    const reset = vi.spyOn(client, 'resetQueries');
    store.signIn('k'.repeat(64), info, false);
    const unbind = bindQueryCache(store, client);
    store.setActingCid(1004);
    expect([clear.mock.calls.length, reset.mock.calls.length]).toEqual([0, 1]);
    store.end({ kind: 'logout' });
    expect(clear).toHaveBeenCalledTimes(1);
    unbind();
    store.signIn('k'.repeat(64), info, false);
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('keeps the accounts the token may act as, and resets the acting account\'s data', () => {
    const store = createSessionStore(new MemoryStorage(), new MemoryStorage());
    const client = new QueryClient();
    store.signIn('k'.repeat(64), info, false);
    client.setQueryData(['access', 1000, 'accounts'], ['kept']);
    client.setQueryData(['records', 'devices', 1000, 'list'], ['reset']);
    const unbind = bindQueryCache(store, client);
    store.setActingCid(1004);
    expect(client.getQueryData(['access', 1000, 'accounts'])).toEqual(['kept']);
    expect(client.getQueryData(['records', 'devices', 1000, 'list'])).toBeUndefined();
    unbind();
  });
});
