/** React access to the session store (see sessionStore.ts for where things are kept and why). */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { ActingScope } from '../lib/recordQueries';
import type { Session, SessionStore } from './sessionStore';

const SessionContext = createContext<SessionStore | null>(null);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionContext value={store}>{children}</SessionContext>;
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSessionStore outside <SessionProvider>');
  return store;
}

export function useSession(): Session | null {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** Inside the signed-in shell only (RequireSession guarantees a session there). */
export function useRequiredSession(): Session {
  const session = useSession();
  if (!session) throw new Error('useRequiredSession without a session');
  return session;
}

/**
 * The acting account: `cid` for query keys (always a number), `actAs` for the request (null = the
 * token's own account, no x-flespi-cid header). Fetchers pass `actAs` explicitly so a cached answer
 * always belongs to the account in its key.
 */
export type ActingAccount = ActingScope;

export function useActingAccount(): ActingAccount {
  const session = useRequiredSession();
  return { cid: session.actingCid ?? session.info.cid, actAs: session.actingCid };
}
