/**
 * Query options for tokens, keyed by acting account (`['tokens', cid, ...]`), plus the server's answer
 * on which token kinds the principal may create per account (`/platform/access/<cid>/token-kinds`).
 */
import { queryOptions } from '@tanstack/react-query';
import type { Cid, Token } from '../../../../domain/types';
import type { ApiClient } from '../../../../lib/apiClient';
import { recordQueries } from '../../../../lib/recordQueries';
import type { ActingScope } from '../../../../lib/recordQueries';
import type { TokenKindChoice } from '../../../../permissions';

/** A token as the server returns it: with its revision (send it back as If-Match). */
export type TokenRecord = Token & { rev?: number };

export interface AccountTokenKinds {
  cid: Cid;
  name: string;
  kinds: TokenKindChoice[];
}

const records = recordQueries<TokenRecord>('tokens');

export const tokenKeys = {
  ...records,
  /** Every token the principal may see, as the acting account (a plain array: other features read it too). */
  list: (api: ApiClient, acting: ActingScope) =>
    queryOptions({
      queryKey: [...records.all(acting.cid), 'list'] as const,
      queryFn: async ({ signal }): Promise<TokenRecord[]> => (await api.get<TokenRecord>('/platform/tokens/all', { actAs: acting.actAs, signal })).result,
    }),
  kinds: (api: ApiClient, acting: ActingScope) =>
    queryOptions({
      queryKey: ['access', acting.cid, 'tokens', 'kinds'] as const,
      queryFn: async ({ signal }): Promise<AccountTokenKinds[]> =>
        (await api.get<AccountTokenKinds>(`/platform/access/${acting.cid}/token-kinds`, { actAs: acting.actAs, signal })).result,
      staleTime: 30_000,
    }),
};
