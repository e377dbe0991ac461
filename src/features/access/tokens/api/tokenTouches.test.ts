import { QueryClient, QueryObserver } from '@tanstack/react-query';
import type { QueryKey, QueryObserverOptions } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Instance } from '../../../../domain/types';
import { createApiClient } from '../../../../lib/apiClient';
import { recordQueries } from '../../../../lib/recordQueries';
import { invalidateTouched } from '../../../../lib/touchedKeys';
import { TOKEN_TOUCHES, tokenKeys } from './tokenKeys';

const acting = { cid: 1000, actAs: null };

/** A server that answers `{result: []}` and counts the GETs per path. */
function countingApi() {
  const gets = new Map<string, number>();
  const api = createApiClient({
    baseUrl: 'http://test',
    getKey: () => 'k',
    fetch: async (input) => {
      const path = new URL(String(input)).pathname;
      gets.set(path, (gets.get(path) ?? 0) + 1);
      return new Response(JSON.stringify({ result: [] }), { headers: { 'Content-Type': 'application/json' } });
    },
  });
  return { api, gets };
}

/** Observed queries are the ones an invalidation refetches (what a mounted screen holds). */
async function observe<T, K extends QueryKey>(client: QueryClient, options: QueryObserverOptions<T, Error, T, T, K>) {
  const observer = new QueryObserver(client, options);
  const unsubscribe = observer.subscribe(() => undefined);
  await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));
  return unsubscribe;
}

describe('a token write touches tokens and access answers only', () => {
  it('refetches the token list, not the device list', async () => {
    const { api, gets } = countingApi();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    const stop = [await observe(client, tokenKeys.list(api, acting)), await observe(client, recordQueries<Instance>('devices').list(api, acting))];
    expect(gets.get('/platform/tokens/all')).toBe(1);
    expect(gets.get('/gw/devices/all')).toBe(1);

    await invalidateTouched(client, TOKEN_TOUCHES, acting);

    expect(gets.get('/platform/tokens/all')).toBe(2);
    expect(gets.get('/gw/devices/all')).toBe(1);
    expect(client.getQueryState(recordQueries<Instance>('devices').list(api, acting).queryKey)?.isInvalidated).toBe(false);
    stop.forEach((s) => s());
  });

  it('still reaches every access answer, whatever cid it was asked for', async () => {
    const { api } = countingApi();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    await client.fetchQuery(tokenKeys.kinds(api, acting));
    await client.fetchQuery({ queryKey: ['access', 1, 'accounts'], queryFn: () => [] });
    await invalidateTouched(client, TOKEN_TOUCHES, acting);
    expect(client.getQueryState(tokenKeys.kinds(api, acting).queryKey)?.isInvalidated).toBe(true);
    expect(client.getQueryState(['access', 1, 'accounts'])?.isInvalidated).toBe(true);
  });
});
