import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession, useSessionStore } from '../auth/SessionProvider';
import { paths } from '../lib/paths';

/**
 * Without a session, go to login: with `?next=` (to come back) unless the user logged out, and with
 * the reason the session ended (shown there).
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const store = useSessionStore();
  const location = useLocation();
  if (session) return <>{children}</>;
  const ended = store.lastEnd();
  const next = ended?.kind === 'logout' ? null : `${location.pathname}${location.search}${location.hash}`;
  return <Navigate to={paths.login.getHref({ next })} replace state={{ ended }} />;
}
