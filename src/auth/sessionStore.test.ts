import { describe, expect, it } from 'vitest';
import { ACTING_CID_KEY, SESSION_KEY, createSessionStore } from './sessionStore';
import type { AuthInfo } from './authInfo';

class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

const KEY = 'k'.repeat(64);
const info: AuthInfo = { id: 7, cid: 1000, info: 'admin', access: { type: 1, acl: [] }, expire: 0, ttl: 0, enabled: true };

describe('sessionStore', () => {
  it('keeps a "stay signed in" session in localStorage, restored by a new store (browser restart)', () => {
    const local = new MemoryStorage();
    createSessionStore(local, new MemoryStorage()).signIn(KEY, info, true);
    const restored = createSessionStore(local, new MemoryStorage()).get();
    expect(restored).toMatchObject({ key: KEY, persist: true, actingCid: null });
  });

  it('keeps a tab-only session in sessionStorage: a new tab (fresh sessionStorage) has none', () => {
    const local = new MemoryStorage();
    const tab = new MemoryStorage();
    createSessionStore(local, tab).signIn(KEY, info, false);
    expect(local.getItem(SESSION_KEY)).toBeNull();
    expect(createSessionStore(local, tab).get()?.key).toBe(KEY);
    expect(createSessionStore(local, new MemoryStorage()).get()).toBeNull();
  });

  it('keeps the acting account per tab, and own account as null', () => {
    const tab = new MemoryStorage();
    const store = createSessionStore(new MemoryStorage(), tab);
    store.signIn(KEY, info, true);
    store.setActingCid(1004);
    expect(tab.getItem(ACTING_CID_KEY)).toBe('1004');
    store.setActingCid(1000);
    expect(store.get()?.actingCid).toBeNull();
  });

  it('logout clears both storages and remembers why', () => {
    const local = new MemoryStorage();
    const tab = new MemoryStorage();
    const store = createSessionStore(local, tab);
    let notified = 0;
    store.subscribe(() => notified++);
    store.signIn(KEY, info, true);
    store.end({ kind: 'expired', reason: 'The token has expired.' });
    expect([local.length, tab.length, store.get(), notified]).toEqual([0, 0, null, 2]);
    expect(store.lastEnd()).toEqual({ kind: 'expired', reason: 'The token has expired.' });
  });

  it('ignores a late 401 of a previous key', () => {
    const store = createSessionStore(new MemoryStorage(), new MemoryStorage());
    store.signIn(KEY, info, false);
    store.endIfKey('o'.repeat(64), { kind: 'logout' });
    expect(store.get()?.key).toBe(KEY);
  });

  it('drops a corrupt stored session', () => {
    const local = new MemoryStorage();
    local.setItem(SESSION_KEY, '{not json');
    expect(createSessionStore(local, new MemoryStorage()).get()).toBeNull();
  });
});

describe('sessionStore across tabs', () => {
  it('ends a "stay signed in" session when another tab logs out', () => {
    const local = new MemoryStorage();
    const store = createSessionStore(local, new MemoryStorage());
    store.signIn(KEY, info, true);
    const target = new EventTarget();
    const stop = store.watchOtherTabs(target as unknown as Window);
    local.removeItem(SESSION_KEY);
    const event = Object.assign(new Event('storage'), { storageArea: local, key: SESSION_KEY, newValue: null });
    target.dispatchEvent(event);
    expect(store.get()).toBeNull();
    stop();
  });
});
