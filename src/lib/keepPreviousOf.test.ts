import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { keepPreviousOf } from './keepPreviousOf';

/** Loads `from`, then moves the observer to `to` whose answer never comes: what does it show meanwhile? */
async function shownWhileLoading(from: readonly unknown[], to: readonly unknown[], actingCid: number): Promise<unknown> {
  const client = new QueryClient();
  const options = (key: readonly unknown[], fetch: () => Promise<string>) => ({ queryKey: key, queryFn: fetch, placeholderData: keepPreviousOf(actingCid) });
  const observer = new QueryObserver<string, Error, string, string, readonly unknown[]>(
    client,
    options(from, async () => 'rows of the first key'),
  );
  const stop = observer.subscribe(() => undefined);
  await client.fetchQuery({ queryKey: from, queryFn: async () => 'rows of the first key' });
  observer.setOptions(options(to, () => new Promise<string>(() => undefined)));
  const shown = observer.getCurrentResult().data;
  stop();
  return shown;
}

describe('keepPreviousOf', () => {
  it('keeps the previous rows within one acting account', async () => {
    expect(await shownWhileLoading(['devices', 1000, 'page', 'a'], ['devices', 1000, 'page', 'b'], 1000)).toBe('rows of the first key');
  });
  it("never shows another acting account's rows", async () => {
    expect(await shownWhileLoading(['devices', 1000, 'page', 'a'], ['devices', 1004, 'page', 'a'], 1004)).toBeUndefined();
  });
});
