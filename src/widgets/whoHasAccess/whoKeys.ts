/** "Who has access" to one item (`GET /platform/access/<acting cid>/who/<type>/<id>`, ours). */
import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../auth/SessionProvider';
import type { Action, Cid, ItemType } from '../../domain/types';
import { accessClient } from '../../lib/accessClient';
import type { ApiClient } from '../../lib/apiClient';
import type { NamedRule } from '../../permissions';

export interface WhoAnswer {
  type: ItemType;
  id: number;
  accounts: Array<{ cid: Cid; name: string; permissions: Action[]; rules: NamedRule[] }>;
  tokens: Array<{ id: number; cid: Cid; info: string; kind: string; permissions: Action[] }>;
}

export const whoKeys = {
  who: (api: ApiClient, acting: ActingAccount, type: ItemType, id: number) =>
    queryOptions({
      queryKey: ['access', acting.cid, 'who', type, id] as const,
      queryFn: ({ signal }): Promise<WhoAnswer | null> => accessClient(api, acting).who<WhoAnswer>(acting.cid, type, id, { signal }),
    }),
};
