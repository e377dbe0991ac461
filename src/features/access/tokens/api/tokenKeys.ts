/**
 * Query options for tokens, keyed by acting account: `['tokens', cid, ...]`. Mutations invalidate
 * `tokenKeys.all(cid)` by prefix.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Cid } from '../../../../domain/types';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import type { ApiClient } from '../../../../lib/apiClient';
import { fetchToken, fetchTokens } from './fetchTokens';

export const tokenKeys = {
  all: (cid: Cid) => ['tokens', cid] as const,
  list: (api: ApiClient, acting: ActingAccount) =>
    queryOptions({
      queryKey: [...tokenKeys.all(acting.cid), 'list'] as const,
      queryFn: ({ signal }) => fetchTokens(api, acting, signal),
    }),
  detail: (api: ApiClient, acting: ActingAccount, id: number) =>
    queryOptions({
      queryKey: [...tokenKeys.all(acting.cid), 'detail', id] as const,
      queryFn: ({ signal }) => fetchToken(api, acting, id, signal),
    }),
};
