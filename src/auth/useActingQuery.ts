import { useQuery } from '@tanstack/react-query';
import type { QueryKey, UseQueryOptions, UseQueryResult } from '@tanstack/react-query';
import type { ApiClient } from '../lib/apiClient';
import { useApiClient } from '../lib/ApiClientProvider';
import { useActingAccount } from './SessionProvider';
import type { ActingAccount } from './SessionProvider';

/** `useQuery` of a factory that takes the API client and the acting account (every feature's shape). */
export function useActingQuery<TData, TKey extends QueryKey>(
  make: (api: ApiClient, acting: ActingAccount) => UseQueryOptions<TData, Error, TData, TKey>,
): UseQueryResult<TData, Error> {
  return useQuery(make(useApiClient(), useActingAccount()));
}
