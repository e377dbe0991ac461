import { useParams } from 'react-router-dom';
import type { ItemType } from '../domain/types';
import { parseId, parseTab } from '../lib/paths';
import type { DetailTab } from '../lib/paths';

/** `:id` and `:tab` of a detail route; null when either is not valid for the type. */
export function useDetailParams<T extends ItemType>(type: T): { id: number; tab: DetailTab<T> } | null {
  const params = useParams();
  const id = parseId(params.id);
  const tab = parseTab(type, params.tab);
  return id === null || tab === null ? null : { id, tab };
}
