/**
 * Query options for the explorer (`/platform/access/*`, ours; NOTES-team.md).
 * Keys start with `['access', actingCid]`, so a world change or another acting account never mixes answers.
 */
import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import type { Cid, InstanceType } from '../../../../domain/types';
import { accessClient } from '../../../../lib/accessClient';
import type { ApiClient, ApiResult } from '../../../../lib/apiClient';
import { keepPreviousOf } from '../../../../lib/keepPreviousOf';
import { resourceClient } from '../../../../lib/resourceClient';
import type { AccessEntry, RecordType, Rule } from '../../../../permissions';
import { instanceSelector } from '../../../../lib/instanceSelector';

export type ExplorerEntry = AccessEntry & { name: string; acl?: string };

/** The nearest thing that would have given the right (issue 20): named only where the caller reads it. */
export type WhyBlocker =
  | {
      kind: 'expired-assignment' | 'expired-grant' | 'disabled-grant';
      type: 'role-assignments' | 'grants';
      id: number;
      expire?: number;
      restore: 'extend' | 'enable';
      mayRestore: boolean;
      name: string;
    }
  | { kind: 'acl-entry'; type: 'tokens'; id: number; restore: 'add-acl-entry'; mayRestore: boolean; name: string };

export interface WhyAnswer {
  type: RecordType;
  id: number;
  name: string;
  subject: string;
  allowed: boolean;
  status: number;
  code: string | null;
  explanation: string;
  rules: Rule[];
  blocker?: WhyBlocker | null;
}

type Query = Record<string, string | number | undefined>;
const root = (acting: ActingAccount) => ['access', acting.cid, 'explorer'] as const;

export const explorerKeys = {
  /** One page of what a subject reaches (server-side filters and paging: the large world has 100,000 devices). */
  page: (api: ApiClient, acting: ActingAccount, cid: Cid, query: Query, page: { limit: number; offset: number }) =>
    queryOptions({
      queryKey: [...root(acting), cid, 'page', query, page] as const,
      queryFn: ({ signal }): Promise<ApiResult<ExplorerEntry>> => accessClient(api, acting).entries<ExplorerEntry>(cid, { ...query, ...page }, { signal }),
      placeholderData: keepPreviousOf(acting.cid),
    }),
  why: (api: ApiClient, acting: ActingAccount, cid: Cid, query: Query, id: number) =>
    queryOptions({
      queryKey: [...root(acting), cid, 'why', query, id] as const,
      queryFn: ({ signal }): Promise<WhyAnswer | null> =>
        accessClient(api, acting).why<WhyAnswer>(cid, { type: query.type, token: query.token, acting: query.acting, id }, { signal }),
    }),
  /** Instances the acting account sees whose name contains `q` (the "why (not)?" picker). */
  lookup: (api: ApiClient, acting: ActingAccount, type: InstanceType, q: string) =>
    queryOptions({
      queryKey: [...root(acting), 'lookup', type, q] as const,
      queryFn: async ({ signal }) =>
        (
          await resourceClient<{ id: number; name: string }>(api, type, acting).get(instanceSelector({ q, cid: null }), {
            query: { limit: 20, fields: 'id,name' },
            signal,
          })
        ).result,
      placeholderData: keepPreviousOf(acting.cid),
    }),
};

/** Every row matching the filters, for the CSV export (one request, on demand). */
export async function fetchAllEntries(api: ApiClient, acting: ActingAccount, cid: Cid, query: Query): Promise<ExplorerEntry[]> {
  return (await accessClient(api, acting).entries<ExplorerEntry>(cid, query)).result;
}
