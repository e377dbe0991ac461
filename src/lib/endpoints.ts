/** Where each record type lives in the dialect (../shared/spec/rest-dialect.md). */
import { isInstanceType } from '../domain/types';
import type { ItemType } from '../domain/types';

export type CollectionType = ItemType | 'role-assignments';

export function collectionPath(type: CollectionType): string {
  if (isInstanceType(type)) return `/gw/${type}`;
  return `/platform/${type}`;
}

/** A selector of ids for a path segment: `12` or `12,13,14`. */
export const idSelector = (ids: readonly number[]): string => (ids.length === 0 ? 'all' : ids.join(','));
