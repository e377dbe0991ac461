import { QueryClient } from '@tanstack/react-query';
import { WORLD_CHANGED_EVENT } from '../contracts/events';
import { isApiError } from '../lib/apiClient';

/** A refusal (4xx) will not change by asking again; a network or server failure might. */
const shouldRetry = (failures: number, error: unknown): boolean => failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500);

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 10_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  // Another tab changed the (mock) backend's world: everything cached may be stale. A tab in the background
  // only marks it so, and refetches when it is shown again (refetchOnWindowFocus): it does not load the backend.
  if (typeof window !== 'undefined')
    window.addEventListener(
      WORLD_CHANGED_EVENT,
      () => void client.invalidateQueries({ refetchType: document.visibilityState === 'hidden' ? 'none' : 'active' }),
    );
  return client;
}
