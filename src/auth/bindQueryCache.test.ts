import { QueryClient, QueryObserver } from '@tanstack/react-query';
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

const signedIn = () => {
  const store = createSessionStore(new MemoryStorage(), new MemoryStorage());
  store.signIn('k'.repeat(64), info, false);
  return store;
};

describe('bindQueryCache', () => {
  it('empties the cache when the session ends, and only then', () => {
    const store = signedIn();
    const client = new QueryClient();
    const clear = vi.spyOn(client, 'clear');
    const unbind = bindQueryCache(store, client);
    store.setActingCid(1004);
    expect(clear).not.toHaveBeenCalled();
    store.end({ kind: 'logout' });
    expect(clear).toHaveBeenCalledTimes(1);
    unbind();
    store.signIn('k'.repeat(64), info, false);
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('on a new acting account: keeps what is the same for every account, drops cached answers not on screen', () => {
    const store = signedIn();
    const client = new QueryClient();
    client.setQueryData(['access', 1000, 'accounts'], ['kept']);
    client.setQueryData(['auth', 'info', 1], ['kept']);
    client.setQueryData(['devices', 1004, 'list'], ['earlier visit']);
    const unbind = bindQueryCache(store, client);
    store.setActingCid(1004);
    expect(client.getQueryData(['access', 1000, 'accounts'])).toEqual(['kept']);
    expect(client.getQueryData(['auth', 'info', 1])).toEqual(['kept']);
    expect(client.getQueryData(['devices', 1004, 'list'])).toBeUndefined();
    unbind();
  });

  it('on a new acting account: does not refetch the queries on screen (they move to the new keys as they render)', async () => {
    const store = signedIn();
    const client = new QueryClient();
    const fetchOld = vi.fn(async () => ['old account']);
    const observer = new QueryObserver(client, { queryKey: ['devices', 1000, 'list'], queryFn: fetchOld });
    const stop = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toEqual(['old account']));
    const unbind = bindQueryCache(store, client);
    store.setActingCid(1004);
    await Promise.resolve();
    expect(fetchOld).toHaveBeenCalledTimes(1);
    expect(client.getQueryData(['devices', 1000, 'list'])).toEqual(['old account']);
    stop();
    unbind();
  });
});
