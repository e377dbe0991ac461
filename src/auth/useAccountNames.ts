import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Cid } from '../domain/types';
import { useApiClient } from '../lib/ApiClientProvider';
import { accessKeys } from './accessKeys';
import { useActingAccount, useRequiredSession } from './SessionProvider';

/**
 * Names of the accounts the principal may know (`/platform/access/<cid>/names`, every token kind: its own,
 * those it may act as or reads, those that share with it: a grantor, an assignment's maker or scope);
 * `Account #cid` otherwise.
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

/** As `useAccountNames`, but `undefined` for an account whose name the principal may not know. */
export function useKnownAccountName(): (cid: Cid) => string | undefined {
  const session = useRequiredSession();
  const acting = useActingAccount();
  const api = useApiClient();
  const actable = useQuery(accessKeys.accounts(api, session.info.cid)).data;
  const known = useQuery(accessKeys.names(api, acting)).data;
  // A map, not a search per call: lists name thousands of rows against ~1,000 accounts on the large world.
  const names = useMemo(() => new Map([...(known ?? []), ...(actable ?? [])].filter((a) => a.name.trim() !== '').map((a) => [a.id, a.name])), [actable, known]);
  return useCallback((cid: Cid) => names.get(cid), [names]);
}
