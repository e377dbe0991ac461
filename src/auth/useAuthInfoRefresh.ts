import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApiClient } from '../lib/ApiClientProvider';
import { fetchAuthInfo } from './authInfo';
import type { AuthInfo } from './authInfo';
import { useRequiredSession, useSessionStore } from './SessionProvider';

/** `accessed` changes on every call; it alone is no reason to rewrite the stored session. */
const comparable = (info: AuthInfo | undefined): string => JSON.stringify({ ...info, accessed: undefined });

/**
 * Re-checks the session's token when the shell opens (and on window focus): a token disabled or
 * expired meanwhile answers 401, which ends the session; a changed kind or ACL updates the menu.
 */
export function useAuthInfoRefresh(): void {
  const session = useRequiredSession();
  const store = useSessionStore();
  const api = useApiClient();
  const { data } = useQuery({
    queryKey: ['auth', 'info', session.info.id],
    queryFn: ({ signal }) => fetchAuthInfo(api, { signal }),
    staleTime: 60_000,
  });
  useEffect(() => {
    if (data && comparable(data) !== comparable(store.get()?.info)) store.updateInfo(data);
  }, [data, store]);
}
