import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { paths, safeNext } from '../app/paths';
import { useApiClient } from '../lib/ApiClientProvider';
import { fetchAuthInfo } from './authInfo';
import { useSessionStore } from './SessionProvider';

export interface SignInRequest {
  key: string;
  persist: boolean;
}

/** Checks a key with `GET /auth/info`; on success it becomes the session and the user goes to `next`. */
export function useSignIn(next: string | null) {
  const api = useApiClient();
  const store = useSessionStore();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: ({ key }: SignInRequest) => fetchAuthInfo(api, { key }),
    onSuccess: (info, { key, persist }) => {
      store.signIn(key, info, persist);
      void navigate(safeNext(next) ?? paths.home(), { replace: true });
    },
  });
}
