import type { Query } from '@tanstack/react-query';
import type { Cid } from '../domain/types';

/**
 * `placeholderData` that shows the previous page while the next one loads (a search, a page turn) but
 * only within one acting account: query keys carry the acting cid second, and another account's rows must
 * never stand in for this one's.
 */
export const keepPreviousOf =
  (actingCid: Cid) =>
  <T>(previous: T | undefined, previousQuery: Query<T, Error, T, readonly unknown[]> | undefined): T | undefined =>
    previousQuery?.queryKey[1] === actingCid ? previous : undefined;
