/**
 * The session: the token key, what `/auth/info` said about it, and the acting account.
 * "Stay signed in" keeps {key, info} in localStorage (survives browser restarts), otherwise in
 * sessionStorage (this tab only). The acting account is tab state (sessionStorage), never in the URL:
 * a shared link then opens in the receiver's own account instead of failing on a foreign x-flespi-cid.
 */
import type { Cid } from '../domain/types';
import type { AuthInfo } from './authInfo';
import { isAuthInfo } from './authInfo';

export interface Session {
  key: string;
  info: AuthInfo;
  persist: boolean;
  /** null: the token's own account (no x-flespi-cid). */
  actingCid: Cid | null;
}

/** Why the last session ended; the login page says so. */
export type SessionEnd = { kind: 'logout' } | { kind: 'expired'; reason: string };

export interface SessionStore {
  get(): Session | null;
  subscribe(listener: () => void): () => void;
  signIn(key: string, info: AuthInfo, persist: boolean): void;
  updateInfo(info: AuthInfo): void;
  setActingCid(cid: Cid | null): void;
  end(why: SessionEnd): void;
  /** Ends the session only if it still uses `key` (a late 401 of a previous session changes nothing). */
  endIfKey(key: string, why: SessionEnd): void;
  lastEnd(): SessionEnd | null;
  /** Follows other tabs: a "stay signed in" session they log out of ends here too. */
  watchOtherTabs(win: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void;
}

export const SESSION_KEY = 'iot-panel.session';
export const ACTING_CID_KEY = 'iot-panel.acting-cid';

function read(storage: Storage, persist: boolean): Session | null {
  try {
    const raw: unknown = JSON.parse(storage.getItem(SESSION_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null || !('key' in raw) || !('info' in raw)) return null;
    if (typeof raw.key !== 'string' || !isAuthInfo(raw.info)) return null;
    return { key: raw.key, info: raw.info, persist, actingCid: null };
  } catch {
    return null;
  }
}

function readActingCid(storage: Storage): Cid | null {
  const raw = storage.getItem(ACTING_CID_KEY);
  return raw && /^\d+$/.test(raw) ? Number(raw) : null;
}

export function createSessionStore(local: Storage, tab: Storage): SessionStore {
  const restored = read(tab, false) ?? read(local, true);
  let current: Session | null = restored && { ...restored, actingCid: readActingCid(tab) };
  let ended: SessionEnd | null = null;
  const listeners = new Set<() => void>();

  // Overwrite in place (never remove-then-set): other tabs read a removal of the persisted session as a logout.
  const write = (next: Session | null) => {
    current = next;
    if (next) {
      const [keep, drop] = next.persist ? [local, tab] : [tab, local];
      keep.setItem(SESSION_KEY, JSON.stringify({ key: next.key, info: next.info }));
      if (drop.getItem(SESSION_KEY) !== null) drop.removeItem(SESSION_KEY);
      if (next.actingCid !== null) tab.setItem(ACTING_CID_KEY, String(next.actingCid));
      else tab.removeItem(ACTING_CID_KEY);
    } else {
      for (const s of [local, tab]) s.removeItem(SESSION_KEY);
      tab.removeItem(ACTING_CID_KEY);
    }
    for (const l of [...listeners]) l();
  };

  const store: SessionStore = {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn(key, info, persist) {
      ended = null;
      write({ key, info, persist, actingCid: null });
    },
    updateInfo(info) {
      if (current) write({ ...current, info });
    },
    setActingCid(cid) {
      if (current && current.actingCid !== cid) write({ ...current, actingCid: cid === current.info.cid ? null : cid });
    },
    end(why) {
      ended = why;
      write(null);
    },
    endIfKey(key, why) {
      if (current?.key === key) store.end(why);
    },
    lastEnd: () => ended,
    watchOtherTabs(win) {
      const onStorage = (e: StorageEvent) => {
        if (e.storageArea === local && (e.key === SESSION_KEY || e.key === null) && e.newValue === null && current?.persist) {
          store.end({ kind: 'logout' });
        }
      };
      win.addEventListener('storage', onStorage);
      return () => win.removeEventListener('storage', onStorage);
    },
  };
  return store;
}
