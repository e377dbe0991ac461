/** The query cache follows the session: a new principal or acting account never sees the last one's data. */
import type { QueryClient } from '@tanstack/react-query';
import { sameForEveryActingAccount } from './accessKeys';
import type { SessionStore } from './sessionStore';

/**
 * A new key empties the cache. A new acting account drops what is cached but not on screen (an earlier
 * visit's answers, which the switch must not show as the new perspective); the queries on screen are keyed
 * by the old acting account and are left alone: the re-render moves them to the new account's keys.
 * (Resetting them instead refetched the old account's views once more on every switch, on the main
 * thread where the mock backend answers.)
 */
export function bindQueryCache(store: SessionStore, queryClient: QueryClient): () => void {
  let before = store.get();
  return store.subscribe(() => {
    const now = store.get();
    if (!now || now.key !== before?.key) queryClient.clear();
    else if (now.actingCid !== before.actingCid) {
      queryClient.removeQueries({ predicate: (q) => !sameForEveryActingAccount(q.queryKey) && q.getObserversCount() === 0 });
    }
    before = now;
  });
}
