import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths, safeNext } from '../lib/paths';
import { useApiClient } from '../lib/ApiClientProvider';
import { fetchAuthInfo } from './authInfo';
import { useSessionStore } from './SessionProvider';

type SignInState = { status: 'idle' } | { status: 'pending' } | { status: 'error'; error: unknown };

/**
 * Checks a key with `GET /auth/info`; on success it becomes the session and the user goes to `next`.
 * Plain state rather than a react-query mutation: the login route does not load react-query.
 */
export function useSignIn(next: string | null) {
  const api = useApiClient();
  const store = useSessionStore();
  const navigate = useNavigate();
  const [state, setState] = useState<SignInState>({ status: 'idle' });
  const signIn = useCallback(
    async (key: string, persist: boolean) => {
      setState({ status: 'pending' });
      try {
        const info = await fetchAuthInfo(api, { key });
        store.signIn(key, info, persist);
        setState({ status: 'idle' });
        void navigate(safeNext(next) ?? paths.home.getHref(), { replace: true });
      } catch (error) {
        setState({ status: 'error', error });
      }
    },
    [api, store, navigate, next],
  );
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, signIn, reset };
}
