/** Makes the one API client available to hooks and query factories. */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { ApiClient } from './apiClient';

const ApiClientContext = createContext<ApiClient | null>(null);

export function ApiClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext value={client}>{children}</ApiClientContext>;
}

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApiClient outside <ApiClientProvider>');
  return client;
}
