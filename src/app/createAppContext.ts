/** The app's long-lived objects, made once per page: the session store and the API client. */
import { createSessionStore } from '../auth/sessionStore';
import type { SessionStore } from '../auth/sessionStore';
import { createApiClient } from '../lib/apiClient';
import type { ApiClient } from '../lib/apiClient';

export interface AppContext {
  store: SessionStore;
  api: ApiClient;
}

export function createAppContext(baseUrl: string): AppContext {
  const store = createSessionStore(window.localStorage, window.sessionStorage);
  const api = createApiClient({
    baseUrl,
    getKey: () => store.get()?.key ?? null,
    getActingCid: () => store.get()?.actingCid ?? null,
    onUnauthorized: (error, key) => store.endIfKey(key, { kind: 'expired', reason: error.reason }),
    getExtensions: () => store.get()?.info.extensions,
  });
  return { store, api };
}
