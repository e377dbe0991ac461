/**
 * A limit's use counted in the browser, on a server without our `/platform/limits/<sel>/use` (flespi): the
 * subaccounts the limit is assigned to (their `limit_id`, shown only to those who read the limit) and what
 * each holds with its subtree, counted by the permission module over the branch the token reads. Only limit
 * managers read limits: master tokens of the owner or above, which read the whole branch below it.
 */
import { ENDPOINTS, fillPath } from '../contracts/endpoints';
import type { LimitUseAnswer } from '../contracts/limitOperations';
import type { Cid } from '../domain/types';
import { limitUsage } from '../permissions';
import type { ApiClient } from './apiClient';
import { readableWorld } from './readableWorld';

export async function limitUseInClient(api: ApiClient, actAs: Cid | null, sel: number | 'all'): Promise<LimitUseAnswer[]> {
  // The limits the acting account reads: their accounts lie in its branch, whose instances it lists.
  const ids = (await api.get<{ id: number }>(fillPath(ENDPOINTS.limitRecords, { sel }), { actAs, query: { fields: 'id' } })).result.map((l) => l.id);
  if (ids.length === 0) return [];
  const { world } = await readableWorld(api, actAs);
  const assigned = world.accounts.filter((a) => a.limit_id !== undefined && ids.includes(a.limit_id));
  return ids.map((limit_id) => ({
    limit_id,
    accounts: assigned.filter((a) => a.limit_id === limit_id).map((a) => ({ id: a.id, name: a.name, use: limitUsage(world, a.id) })),
  }));
}
