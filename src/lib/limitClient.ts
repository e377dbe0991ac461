/**
 * Limits (issue 18, flespi's `/platform/limits`) and moves (`PUT /gw/devices|channels/<sel>/cid`), with
 * paths from the endpoint table.
 */
import { ENDPOINTS, fillPath } from '../contracts/endpoints';
import type { LimitAnswer, LimitUseAnswer } from '../contracts/limitOperations';
import type { LimitCounts } from '../domain/limits';
import type { Cid } from '../domain/types';
import type { ApiClient } from './apiClient';
import { limitUseInClient } from './limitUseInClient';
import type { ActAs, ReadOptions } from './resourceClient';

export interface LimitDraft extends LimitCounts {
  name: string;
  description?: string;
}

export function limitClient(api: ApiClient, acting: ActAs) {
  const actAs = acting.actAs;
  return {
    list: async (opts: ReadOptions = {}): Promise<LimitAnswer[]> =>
      (await api.get<LimitAnswer>(fillPath(ENDPOINTS.limitRecords, { sel: 'all' }), { ...opts, actAs })).result,
    /** Per limit (`all`: every limit the caller reads), the accounts it is assigned to and their use (counted here without our `access` extension). */
    use: async (id: number | 'all', opts: ReadOptions = {}): Promise<LimitUseAnswer[]> =>
      api.extensions().includes('access')
        ? (await api.get<LimitUseAnswer>(fillPath(ENDPOINTS.limitUse, { sel: id }), { ...opts, actAs })).result
        : limitUseInClient(api, actAs, id),
    create: async (draft: LimitDraft): Promise<LimitAnswer[]> => (await api.post<LimitAnswer>(ENDPOINTS.limits, [draft], { actAs })).result,
    update: async (id: number, draft: LimitDraft, rev?: number): Promise<LimitAnswer[]> =>
      (await api.put<LimitAnswer>(fillPath(ENDPOINTS.limitRecords, { sel: id }), draft, { actAs, ...(rev === undefined ? {} : { ifMatch: rev }) })).result,
    remove: async (id: number): Promise<unknown[]> => (await api.delete<unknown>(fillPath(ENDPOINTS.limitRecords, { sel: id }), { actAs })).result,
    move: async (type: 'devices' | 'channels', id: number, target: Cid): Promise<unknown[]> =>
      (await api.put<unknown>(fillPath(type === 'devices' ? ENDPOINTS.deviceMove : ENDPOINTS.channelMove, { sel: id }), target, { actAs })).result,
  };
}
