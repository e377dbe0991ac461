/**
 * What a write touches, and the query-key prefixes that follow from it: a mutation names the collections
 * it changes (and whether access answers or the session's own token can change), and only those queries
 * are refetched. A world changed elsewhere (another tab) still invalidates everything (app/createQueryClient).
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { CollectionType } from '../contracts/endpoints';
import type { ActingScope } from './recordQueries';
import { recordQueries } from './recordQueries';

/**
 * - a collection: its records as the acting account reads them (`[type, cid, …]`, every feature's key factory);
 * - `access`: the server's access answers (`['access', …]`, any cid: the token's own account list too);
 * - `customer`: the acting account itself; `auth`: what `/auth/info` says of the session's token.
 */
export type Touched = CollectionType | 'access' | 'customer' | 'auth';

export function touchedKeys(touched: readonly Touched[], acting: ActingScope): QueryKey[] {
  return [...new Set(touched)].map((t): QueryKey => {
    switch (t) {
      case 'access':
      case 'auth':
        return [t];
      case 'customer':
        return [t, acting.cid];
      default:
        return recordQueries(t).all(acting.cid);
    }
  });
}

export async function invalidateTouched(client: QueryClient, touched: readonly Touched[], acting: ActingScope): Promise<void> {
  await Promise.all(touchedKeys(touched, acting).map((queryKey) => client.invalidateQueries({ queryKey })));
}
