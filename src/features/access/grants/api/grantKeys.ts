import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import type { Grant, GrantItem, InstanceType } from '../../../../domain/types';
import { isInstanceType } from '../../../../domain/types';
import type { ApiClient } from '../../../../lib/apiClient';
import { keepPreviousOf } from '../../../../lib/keepPreviousOf';
import { recordQueries } from '../../../../lib/recordQueries';
import { receivedGrants } from '../../../../lib/relationClients';
import { resourceClient } from '../../../../lib/resourceClient';
import type { Touched } from '../../../../lib/touchedKeys';
import { instanceSelector } from '../../../../lib/instanceSelector';

export type LoadedGrant = Grant & { rev?: number };
/** A grant given to the acting account (`/platform/grantors`): `active` when enabled and not expired. */
export type ReceivedGrant = Grant & { active: boolean };

const records = recordQueries<LoadedGrant>('grants');

/** A grant write changes grants and what their grantees reach. */
export const GRANT_TOUCHES: readonly Touched[] = ['grants', 'access'];

/** Picked ids per instance type, sorted: the key and the work of `itemNames`. */
function pickedIds(items: readonly GrantItem[]): Array<[InstanceType, number[]]> {
  const byType = new Map<InstanceType, Set<number>>();
  for (const item of items) {
    if (item.ids === 'all' || !isInstanceType(item.type)) continue;
    const ids = byType.get(item.type) ?? new Set<number>();
    item.ids.forEach((id) => ids.add(id));
    byType.set(item.type, ids);
  }
  return [...byType].map(([type, ids]) => [type, [...ids].sort((a, b) => a - b)]);
}

/** Ids per request, to keep URLs short. */
const CHUNK = 100;
/** An expression selector rather than an id list: ids the principal cannot read are left out instead of a 404. */
const idsSelector = (ids: readonly number[]) => `{${ids.map((id) => `id==${id}`).join(' || ')}}`;

export const grantKeys = {
  ...records,
  received: (api: ApiClient, acting: ActingAccount) =>
    queryOptions({
      queryKey: [...records.all(acting.cid), 'received'] as const,
      queryFn: async ({ signal }) => (await receivedGrants<ReceivedGrant>(api, acting, { signal })).result,
    }),
  /** Names of the instances a grant's items pick, `"devices:311" → name`, for those the principal can read. */
  itemNames: (api: ApiClient, acting: ActingAccount, items: readonly GrantItem[]) => {
    const picked = pickedIds(items);
    return queryOptions({
      queryKey: [...records.all(acting.cid), 'item-names', picked] as const,
      queryFn: async ({ signal }) => {
        const names: Record<string, string> = {};
        for (const [type, ids] of picked) {
          for (let i = 0; i < ids.length; i += CHUNK) {
            const sel = idsSelector(ids.slice(i, i + CHUNK));
            const found = await resourceClient<{ id: number; name: string }>(api, type, acting).get(encodeURIComponent(sel), {
              query: { fields: 'id,name' },
              signal,
            });
            for (const r of found.result) names[`${type}:${r.id}`] = r.name;
          }
        }
        return names;
      },
      enabled: picked.length > 0,
      staleTime: 30_000,
    });
  },
  /** The grantor's own instances of a type, searched by name (a grant may only list those). */
  ownInstances: (api: ApiClient, acting: ActingAccount, type: InstanceType, grantor: number, q: string) =>
    queryOptions({
      queryKey: [...records.all(acting.cid), 'own', type, grantor, q] as const,
      queryFn: async ({ signal }) =>
        (
          await resourceClient<{ id: number; name: string }>(api, type, acting).get(instanceSelector({ q, cid: grantor }), {
            query: { limit: 20, fields: 'id,name' },
            signal,
          })
        ).result,
      placeholderData: keepPreviousOf(acting.cid),
    }),
};
