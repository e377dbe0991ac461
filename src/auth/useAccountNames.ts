import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Cid } from '../domain/types';
import { useApiClient } from '../lib/ApiClientProvider';
import { accessKeys } from './accessKeys';
import { useRequiredSession } from './SessionProvider';

/** Names of the accounts the token may act as (its branch and operate-as accounts); `Account #cid` otherwise. */
export function useAccountNames(): (cid: Cid) => string {
  const session = useRequiredSession();
  const accounts = useQuery(accessKeys.accounts(useApiClient(), session.info.cid));
  const data = accounts.data;
  return useCallback((cid: Cid) => data?.find((a) => a.id === cid)?.name ?? `Account #${cid}`, [data]);
}
