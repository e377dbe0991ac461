import { useCallback } from 'react';
import { useKnownAccountName } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import type { GrantItem } from '../../../../domain/types';
import { grantKeys } from './grantKeys';

/** The name of an item a grant picks, when the principal can read it: instances by query, subaccounts by the account names. */
export function useGrantItemNames(items: readonly GrantItem[]): (type: GrantItem['type'], id: number) => string | undefined {
  const accountName = useKnownAccountName();
  const names = useActingQuery((api, acting) => grantKeys.itemNames(api, acting, items)).data;
  return useCallback((type: GrantItem['type'], id: number) => (type === 'subaccounts' ? accountName(id) : names?.[`${type}:${id}`]), [names, accountName]);
}
