/** Creating, changing and deleting tokens; each toast names the token. Keys never appear in a toast or a log. */
import type { Cid } from '../../../../domain/types';
import type { ApiClient } from '../../../../lib/apiClient';
import { resourceClient } from '../../../../lib/resourceClient';
import type { ActAs } from '../../../../lib/resourceClient';
import { useApiMutation } from '../../../../auth/useApiMutation';
import type { TokenBody } from '../model/tokenForm';
import { TOKEN_TOUCHES } from './tokenKeys';
import type { TokenRecord } from './tokenKeys';

export const tokenName = (t: Pick<TokenRecord, 'id' | 'info'>): string => (t.info.trim() ? `Token “${t.info}”` : `Token #${t.id}`);

const tokens = (api: ApiClient, acting: ActAs) => resourceClient<TokenRecord>(api, 'tokens', acting);

function first(t: TokenRecord | undefined): TokenRecord {
  if (!t) throw new Error('The server answered without the token.');
  return t;
}

export function useCreateToken(onSuccess?: (t: TokenRecord) => void) {
  return useApiMutation({
    run: async (api, acting, body: TokenBody & { cid: Cid }) => first(await tokens(api, acting).create(body)),
    touches: TOKEN_TOUCHES,
    success: (t) => `${tokenName(t)} created`,
    failure: 'Could not create the token',
    onSuccess,
  });
}

export function useUpdateToken(onSuccess?: (t: TokenRecord) => void) {
  return useApiMutation({
    // `query`: `confirm=lockout` once a lock-out risk was acknowledged (useLockoutWarning).
    run: async (api, acting, vars: { token: TokenRecord; change: Partial<TokenBody>; query?: Record<string, string> }) =>
      first(await tokens(api, acting).update(vars.token.id, vars.change, { ifMatch: vars.token.rev, query: vars.query })),
    touches: TOKEN_TOUCHES,
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
      await tokens(api, acting).delete(token.id, { ifMatch: token.rev, query });
      return token;
    },
    touches: TOKEN_TOUCHES,
    deletes: (t) => ({ type: 'tokens', id: t.id }),
    success: (t) => `${tokenName(t)} deleted`,
    failure: 'Could not delete the token',
    onSuccess,
  });
}
