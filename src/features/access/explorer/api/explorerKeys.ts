/**
 * Query options for the explorer and "who has access" (`/platform/access/*`, ours; NOTES-team.md).
 * Keys start with `['access', actingCid]`, so a world change or another acting account never mixes answers.
 */
import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import type { Action, Cid, InstanceType, ItemType } from '../../../../domain/types';
import type { ApiClient, ApiResult } from '../../../../lib/apiClient';
import { keepPreviousOf } from '../../../../lib/keepPreviousOf';
import type { AccessEntry, RecordType, Rule } from '../../../../permissions';
import { instanceSelector } from '../../../instances/api/instanceSelector';

export type ExplorerEntry = AccessEntry & { name: string; acl?: string };

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
}

export interface WhoAnswer {
  type: ItemType;
  id: number;
  accounts: Array<{ cid: Cid; name: string; permissions: Action[]; rules: Rule[] }>;
  tokens: Array<{ id: number; cid: Cid; info: string; kind: string; permissions: Action[] }>;
}

type Query = Record<string, string | number | undefined>;
const root = (acting: ActingAccount) => ['access', acting.cid, 'explorer'] as const;

export const explorerKeys = {
  /** One page of what a subject reaches (server-side filters and paging: the large world has 100,000 devices). */
  page: (api: ApiClient, acting: ActingAccount, cid: Cid, query: Query, page: { limit: number; offset: number }) =>
    queryOptions({
      queryKey: [...root(acting), cid, 'page', query, page] as const,
      queryFn: ({ signal }): Promise<ApiResult<ExplorerEntry>> =>
        api.get<ExplorerEntry>(`/platform/access/${cid}`, { query: { ...query, ...page }, actAs: acting.actAs, signal }),
      placeholderData: keepPreviousOf(acting.cid),
    }),
  why: (api: ApiClient, acting: ActingAccount, cid: Cid, query: Query, id: number) =>
    queryOptions({
      queryKey: [...root(acting), cid, 'why', query, id] as const,
      queryFn: async ({ signal }): Promise<WhyAnswer | null> =>
        (await api.get<WhyAnswer>(`/platform/access/${cid}/why`, { query: { type: query.type, token: query.token, acting: query.acting, id }, actAs: acting.actAs, signal }))
          .result[0] ?? null,
    }),
  who: (api: ApiClient, acting: ActingAccount, type: ItemType, id: number) =>
    queryOptions({
      queryKey: ['access', acting.cid, 'who', type, id] as const,
      queryFn: async ({ signal }): Promise<WhoAnswer | null> =>
        (await api.get<WhoAnswer>(`/platform/access/${acting.cid}/who/${type}/${id}`, { actAs: acting.actAs, signal })).result[0] ?? null,
    }),
  /** Instances the acting account sees whose name contains `q` (the "why (not)?" picker). */
  lookup: (api: ApiClient, acting: ActingAccount, type: InstanceType, q: string) =>
    queryOptions({
      queryKey: [...root(acting), 'lookup', type, q] as const,
      queryFn: async ({ signal }) =>
        (await api.get<{ id: number; name: string }>(`/gw/${type}/${instanceSelector({ q, cid: null })}`, { query: { limit: 20, fields: 'id,name' }, actAs: acting.actAs, signal }))
          .result,
      placeholderData: keepPreviousOf(acting.cid),
    }),
};

/** Every row matching the filters, for the CSV export (one request, on demand). */
export async function fetchAllEntries(api: ApiClient, acting: ActingAccount, cid: Cid, query: Query): Promise<ExplorerEntry[]> {
  return (await api.get<ExplorerEntry>(`/platform/access/${cid}`, { query, actAs: acting.actAs })).result;
}
