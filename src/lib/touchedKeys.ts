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

/** A record the write deleted: its page is being left, so its own query is not asked again (it would answer "not found" on the way out). */
export interface Deleted {
  type: CollectionType;
  id: number;
}

export async function invalidateTouched(client: QueryClient, touched: readonly Touched[], acting: ActingScope, deleted?: Deleted): Promise<void> {
  const keep = deleted && ((q: { queryKey: QueryKey }) => !(q.queryKey[0] === deleted.type && q.queryKey[2] === 'detail' && q.queryKey[3] === deleted.id));
  await Promise.all(touchedKeys(touched, acting).map((queryKey) => client.invalidateQueries(keep ? { queryKey, predicate: keep } : { queryKey })));
}
