import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Cid } from '../domain/types';
import { useApiClient } from '../lib/ApiClientProvider';
import { tokenMayUsePlatform } from '../permissions';
import { accessKeys } from './accessKeys';
import { useRequiredSession } from './SessionProvider';

/**
 * Names of the accounts the token may act as (its branch and operate-as accounts) and, for a master
 * token, of the other accounts it can read (e.g. one granted with create-devices); `Account #cid` otherwise.
 */
export function useAccountNames(): (cid: Cid) => string {
  const known = useKnownAccountName();
  return useCallback((cid: Cid) => known(cid) ?? `Account #${cid}`, [known]);
}

/** An account inside a sentence: its name, or `#cid` when the token cannot read it ("own: account #1005"). */
export function useAccountLabel(): (cid: Cid) => string {
  const known = useKnownAccountName();
  return useCallback((cid: Cid) => known(cid) ?? `#${cid}`, [known]);
}

/** As `useAccountNames`, but `undefined` for an account whose name the token cannot read. */
export function useKnownAccountName(): (cid: Cid) => string | undefined {
  const session = useRequiredSession();
  const api = useApiClient();
  const actable = useQuery(accessKeys.accounts(api, session.info.cid)).data;
  const readable = useQuery({ ...accessKeys.accountNames(api, session.info.cid), enabled: tokenMayUsePlatform(session.info) }).data;
  // A map, not a search per call: lists name thousands of rows against ~1,000 accounts on the large world.
  const names = useMemo(() => new Map([...(readable ?? []), ...(actable ?? [])].map((a) => [a.id, a.name])), [actable, readable]);
  return useCallback((cid: Cid) => names.get(cid), [names]);
}
