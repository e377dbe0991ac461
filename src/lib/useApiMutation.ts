/**
 * Every change the panel makes goes through here: call the API as the acting account, then refresh
 * what is cached (an access change can ripple into any list) and say what happened in a toast.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { useActingAccount } from '../auth/SessionProvider';
import type { ActingAccount } from '../auth/SessionProvider';
import { useNotify } from '../components/feedback/notifyContext';
import { isApiError } from './apiClient';
import type { ApiClient } from './apiClient';
import { useApiClient } from './ApiClientProvider';

export interface ApiMutationOptions<V, R> {
  run: (api: ApiClient, acting: ActingAccount, vars: V) => Promise<R>;
  /** Toast on success, e.g. `(r) => \`Token #${r.id} created\``. */
  success: (result: R, vars: V) => string;
  /** Start of the failure toast, e.g. "Could not delete the token"; the server's reason follows. */
  failure: string;
  onSuccess?: (result: R, vars: V) => void;
}

export function failureText(prefix: string, error: unknown): string {
  return `${prefix}: ${isApiError(error) ? error.reason : 'something went wrong.'}`;
}

export function useApiMutation<V, R>(opts: ApiMutationOptions<V, R>): UseMutationResult<R, Error, V> {
  const api = useApiClient();
  const acting = useActingAccount();
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (vars: V) => opts.run(api, acting, vars),
    onSuccess: async (result, vars) => {
      notify(opts.success(result, vars), 'success');
      opts.onSuccess?.(result, vars);
      await client.invalidateQueries();
    },
    onError: (error) => notify(failureText(opts.failure, error), 'error'),
  });
}
