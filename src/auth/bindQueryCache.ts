/** The query cache follows the session: a new principal or acting account never sees the last one's data. */
import type { QueryClient } from '@tanstack/react-query';
import { sameForEveryActingAccount } from './accessKeys';
import type { SessionStore } from './sessionStore';

export function bindQueryCache(store: SessionStore, queryClient: QueryClient): () => void {
  let before = store.get();
  return store.subscribe(() => {
    const now = store.get();
    if (!now || now.key !== before?.key) queryClient.clear();
    else if (now.actingCid !== before.actingCid) void queryClient.resetQueries({ predicate: (q) => !sameForEveryActingAccount(q.queryKey) });
    before = now;
  });
}
