/**
 * Query options for tokens, keyed by acting account (`['tokens', cid, ...]`), plus the server's answer
 * on which token kinds the principal may create per account (`/platform/access/<cid>/token-kinds`).
 */
import { queryOptions } from '@tanstack/react-query';
import type { Cid, Token } from '../../../../domain/types';
import type { ApiClient } from '../../../../lib/apiClient';
import { accessClient } from '../../../../lib/accessClient';
import { recordQueries } from '../../../../lib/recordQueries';
import type { ActingScope } from '../../../../lib/recordQueries';
import { resourceClient } from '../../../../lib/resourceClient';
import type { Touched } from '../../../../lib/touchedKeys';
import type { TokenKindChoice } from '../../../../permissions';

/** A token as the server returns it: with its revision (send it back as If-Match). */
export type TokenRecord = Token & { rev?: number };

export interface AccountTokenKinds {
  cid: Cid;
  name: string;
  kinds: TokenKindChoice[];
}

const records = recordQueries<TokenRecord>('tokens');

/** A token write changes tokens, what they reach, and maybe the session's own token. */
export const TOKEN_TOUCHES: readonly Touched[] = ['tokens', 'access', 'auth'];

export const tokenKeys = {
  ...records,
  /** Every token the principal may see, as the acting account (a plain array: other features read it too). */
  list: (api: ApiClient, acting: ActingScope) =>
    queryOptions({
      queryKey: [...records.all(acting.cid), 'list'] as const,
      queryFn: async ({ signal }): Promise<TokenRecord[]> => (await resourceClient<TokenRecord>(api, 'tokens', acting).list({ signal })).result,
    }),
  kinds: (api: ApiClient, acting: ActingScope) =>
    queryOptions({
      queryKey: ['access', acting.cid, 'tokens', 'kinds'] as const,
      queryFn: ({ signal }): Promise<AccountTokenKinds[]> => accessClient(api, acting).tokenKinds<AccountTokenKinds>(acting.cid, { signal }),
      staleTime: 30_000,
    }),
};
