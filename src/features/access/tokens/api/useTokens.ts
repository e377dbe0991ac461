import { useQuery } from '@tanstack/react-query';
import { useActingAccount } from '../../../../auth/SessionProvider';
import { useApiClient } from '../../../../lib/ApiClientProvider';
import { tokenKeys } from './tokenKeys';

/** Tokens the principal may see, as the acting account. */
export function useTokens() {
  return useQuery(tokenKeys.list(useApiClient(), useActingAccount()));
}

export function useToken(id: number) {
  return useQuery(tokenKeys.detail(useApiClient(), useActingAccount(), id));
}
