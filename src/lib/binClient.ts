/**
 * The recycle bin (issue 18, flespi's `/platform/deleted`), with paths from the endpoint table. A restore
 * happens in the entry's own account, so each call says which account it acts as.
 */
import { ENDPOINTS, fillPath } from '../contracts/endpoints';
import type { BinEntryAnswer, RestoreAnswer } from '../contracts/recycleBin';
import type { Cid } from '../domain/types';
import type { ApiClient } from './apiClient';
import type { ActAs, ReadOptions } from './resourceClient';

/** A selector of origins for one path segment (`gw/devices/1,platform/grants/2`), encoded. */
const originSelector = (origins: readonly string[]): string => encodeURIComponent(origins.length ? origins.join(',') : 'all');

export function binClient(api: ApiClient, acting: ActAs) {
  return {
    list: async (opts: ReadOptions = {}): Promise<BinEntryAnswer[]> =>
      (await api.get<BinEntryAnswer>(fillPath(ENDPOINTS.deleted, { sel: originSelector([]) }), { ...opts, actAs: acting.actAs })).result,
    restore: async (origins: readonly string[], actAs: Cid): Promise<RestoreAnswer[]> =>
      (await api.post<RestoreAnswer>(fillPath(ENDPOINTS.deletedRestore, { sel: originSelector(origins) }), undefined, { actAs })).result,
  };
}
