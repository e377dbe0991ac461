/**
 * Query options for a collection of the dialect, keyed `[type, actingCid, ...]` so that mutations
 * invalidate `all(cid)` by prefix and another acting account never reads this one's cache.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Cid, LogRecord } from '../domain/types';
import type { ApiClient, ApiResult, QueryValue } from './apiClient';
import { collectionPath } from './endpoints';
import type { CollectionType } from './endpoints';

/** Who asks: the acting account's cid (cache key) and the x-flespi-cid to send (null: own account). */
export interface ActingScope {
  cid: Cid;
  actAs: Cid | null;
}

export type ListQuery = Record<string, QueryValue>;

export function recordQueries<T extends { id: number }>(type: CollectionType) {
  const base = collectionPath(type);
  const keys = {
    all: (cid: Cid) => [type, cid] as const,
    list: (api: ApiClient, acting: ActingScope, query: ListQuery = {}) =>
      queryOptions({
        queryKey: [...keys.all(acting.cid), 'list', query] as const,
        queryFn: ({ signal }): Promise<ApiResult<T>> => api.get<T>(`${base}/all`, { query, actAs: acting.actAs, signal }),
      }),
    detail: (api: ApiClient, acting: ActingScope, id: number) =>
      queryOptions({
        queryKey: [...keys.all(acting.cid), 'detail', id] as const,
        queryFn: async ({ signal }): Promise<T | null> =>
          (await api.get<T>(`${base}/${id}`, { actAs: acting.actAs, signal })).result[0] ?? null,
      }),
    logs: (api: ApiClient, acting: ActingScope, id: number) =>
      queryOptions({
        queryKey: [...keys.all(acting.cid), 'logs', id] as const,
        queryFn: async ({ signal }): Promise<LogRecord[]> =>
          (await api.get<LogRecord>(`${base}/${id}/logs`, { actAs: acting.actAs, signal })).result,
      }),
  };
  return keys;
}
