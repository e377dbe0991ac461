import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../lib/paths';
import { useSessionStore } from './SessionProvider';

/** Forgets the token everywhere (both storages; the query cache follows, see bindQueryCache). */
export function useSignOut(): () => void {
  const store = useSessionStore();
  const navigate = useNavigate();
  return useCallback(() => {
    store.end({ kind: 'logout' });
    void navigate(paths.login.getHref(), { replace: true });
  }, [store, navigate]);
}
