/**
 * Query options for a collection of the dialect, keyed `[type, actingCid, ...]` so that mutations
 * invalidate `[type]` by prefix and another acting account never reads this one's cache.
 */
import { queryOptions } from '@tanstack/react-query';
import type { CollectionType } from '../contracts/endpoints';
import type { Cid, LogRecord } from '../domain/types';
import type { ApiClient, ApiResult, QueryValue } from './apiClient';
import { resourceClient } from './resourceClient';

/** Who asks: the acting account's cid (cache key) and the x-flespi-cid to send (null: own account). */
export interface ActingScope {
  cid: Cid;
  actAs: Cid | null;
}

export type ListQuery = Record<string, QueryValue>;

export function recordQueries<T extends { id: number }>(type: CollectionType) {
  const keys = {
    all: (cid: Cid) => [type, cid] as const,
    list: (api: ApiClient, acting: ActingScope, query: ListQuery = {}) =>
      queryOptions({
        queryKey: [...keys.all(acting.cid), 'list', query] as const,
        queryFn: ({ signal }): Promise<ApiResult<T>> => resourceClient<T>(api, type, acting).list({ query, signal }),
      }),
    detail: (api: ApiClient, acting: ActingScope, id: number) =>
      queryOptions({
        queryKey: [...keys.all(acting.cid), 'detail', id] as const,
        queryFn: ({ signal }): Promise<T | null> => resourceClient<T>(api, type, acting).getOne(id, { signal }),
      }),
    logs: (api: ApiClient, acting: ActingScope, id: number) =>
      queryOptions({
        queryKey: [...keys.all(acting.cid), 'logs', id] as const,
        queryFn: ({ signal }): Promise<LogRecord[]> => resourceClient<T>(api, type, acting).logs(id, { signal }),
      }),
  };
  return keys;
}
