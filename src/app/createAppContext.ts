/** The app's long-lived objects, made once per page: session store, API client, query client. */
import { QueryClient } from '@tanstack/react-query';
import { createSessionStore } from '../auth/sessionStore';
import type { SessionStore } from '../auth/sessionStore';
import { createApiClient, isApiError } from '../lib/apiClient';
import type { ApiClient } from '../lib/apiClient';

export interface AppContext {
  store: SessionStore;
  api: ApiClient;
  queryClient: QueryClient;
}

/** A refusal (4xx) will not change by asking again; a network or server failure might. */
const shouldRetry = (failures: number, error: unknown): boolean =>
  failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500);

export function createAppContext(baseUrl: string): AppContext {
  const store = createSessionStore(window.localStorage, window.sessionStorage);
  const api = createApiClient({
    baseUrl,
    getKey: () => store.get()?.key ?? null,
    getActingCid: () => store.get()?.actingCid ?? null,
    onUnauthorized: (error, key) => store.endIfKey(key, { kind: 'expired', reason: error.reason }),
  });
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 10_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  return { store, api, queryClient };
}
