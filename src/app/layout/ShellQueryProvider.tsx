import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { bindQueryCache } from '../../auth/bindQueryCache';
import { useSessionStore } from '../../auth/SessionProvider';
import { NotifyProvider } from '../../components/feedback/NotifyProvider';
import { createQueryClient } from '../createQueryClient';

/**
 * The query cache lives with the signed-in shell (react-query is not part of the login route's bundle).
 * A new session mounts a new shell and so a new, empty cache; the cache also follows logout and the
 * acting account (bindQueryCache).
 */
export function ShellQueryProvider({ children }: { children: ReactNode }) {
  const store = useSessionStore();
  const [client] = useState(createQueryClient);
  useEffect(() => bindQueryCache(store, client), [store, client]);
  useEffect(() => () => client.clear(), [client]);
  return (
    <QueryClientProvider client={client}>
      <NotifyProvider>{children}</NotifyProvider>
    </QueryClientProvider>
  );
}
