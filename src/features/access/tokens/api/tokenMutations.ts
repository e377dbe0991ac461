/** Creating, changing and deleting tokens; each toast names the token. Keys never appear in a toast or a log. */
import type { Cid } from '../../../../domain/types';
import { useApiMutation } from '../../../../lib/useApiMutation';
import type { TokenBody } from '../model/tokenForm';
import type { TokenRecord } from './tokenKeys';

export const tokenName = (t: Pick<TokenRecord, 'id' | 'info'>): string => (t.info.trim() ? `Token “${t.info}”` : `Token #${t.id}`);

function first(result: { result: TokenRecord[] }): TokenRecord {
  const t = result.result[0];
  if (!t) throw new Error('The server answered without the token.');
  return t;
}

export function useCreateToken(onSuccess?: (t: TokenRecord) => void) {
  return useApiMutation({
    run: async (api, acting, body: TokenBody & { cid: Cid }) => first(await api.post<TokenRecord>('/platform/tokens', [body], { actAs: acting.actAs })),
    success: (t) => `${tokenName(t)} created`,
    failure: 'Could not create the token',
    onSuccess,
  });
}

export function useUpdateToken(onSuccess?: (t: TokenRecord) => void) {
  return useApiMutation({
    // `query`: `confirm=lockout` once a lock-out risk was acknowledged (useLockoutWarning).
    run: async (api, acting, vars: { token: TokenRecord; change: Partial<TokenBody>; query?: Record<string, string> }) =>
      first(await api.patch<TokenRecord>(`/platform/tokens/${vars.token.id}`, vars.change, { actAs: acting.actAs, ifMatch: vars.token.rev, query: vars.query })),
    success: (t, vars) =>
      vars.change.enabled !== undefined && Object.keys(vars.change).length === 1
        ? `${tokenName(t)} ${vars.change.enabled ? 'enabled' : 'disabled'}`
        : `${tokenName(t)} saved`,
    failure: 'Could not change the token',
    onSuccess,
  });
}

export function useDeleteToken(onSuccess?: (t: TokenRecord) => void) {
  return useApiMutation({
    run: async (api, acting, { token, query }: { token: TokenRecord; query?: Record<string, string> }) => {
      await api.delete(`/platform/tokens/${token.id}`, { actAs: acting.actAs, ifMatch: token.rev, query });
      return token;
    },
    success: (t) => `${tokenName(t)} deleted`,
    failure: 'Could not delete the token',
    onSuccess,
  });
}
