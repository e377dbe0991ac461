/**
 * Paging, sorting and search in the browser, for a server without our paging extension (flespi answers a
 * list whole): the same `{result, pagination}` a paging server answers, from the records fetched once.
 */
import { sortedBy } from '../contracts/listOrder';
import type { ApiResult } from './apiClient';

export interface ClientPage {
  limit: number;
  offset: number;
  /** `field` or `-field`, as the server's `sort`. */
  sort?: string | undefined;
}

export function pageInClient<T>(records: readonly T[], page: ClientPage, keep: (record: T) => boolean = () => true): ApiResult<T> {
  const kept = records.filter(keep);
  const sorted = page.sort ? sortedBy(kept, page.sort) : kept;
  return { result: sorted.slice(page.offset, page.offset + page.limit), pagination: { limit: page.limit, offset: page.offset, count: kept.length } };
}
