/**
 * Every change the panel makes goes through here: call the API as the acting account, then refresh
 * what the change touched (its collections and the access answers it can change; see lib/touchedKeys)
 * and say what happened in a toast.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { useNotify } from '../components/feedback/notifyContext';
import { isApiError } from '../lib/apiClient';
import type { ApiClient } from '../lib/apiClient';
import { useApiClient } from '../lib/ApiClientProvider';
import { invalidateTouched } from '../lib/touchedKeys';
import type { Deleted, Touched } from '../lib/touchedKeys';
import { useActingAccount } from './SessionProvider';
import type { ActingAccount } from './SessionProvider';

export interface ApiMutationOptions<V, R> {
  run: (api: ApiClient, acting: ActingAccount, vars: V) => Promise<R>;
  /** What the change can alter: only these queries are refetched. */
  touches: readonly Touched[] | ((result: R, vars: V) => readonly Touched[]);
  /** Toast on success, e.g. `(r) => \`Token #${r.id} created\``. */
  success: (result: R, vars: V) => string;
  /** Start of the failure toast, e.g. "Could not delete the token"; the server's reason follows. */
  failure: string;
  onSuccess?: (result: R, vars: V) => void;
  /** The record a delete removed (its page is left on success: its own query is not refetched). */
  deletes?: (result: R, vars: V) => Deleted;
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
      await invalidateTouched(client, typeof opts.touches === 'function' ? opts.touches(result, vars) : opts.touches, acting, opts.deletes?.(result, vars));
    },
    onError: (error) => notify(failureText(opts.failure, error), 'error'),
  });
}
