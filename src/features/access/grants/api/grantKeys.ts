import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../../auth/SessionProvider';
import type { Grant, InstanceType } from '../../../../domain/types';
import type { ApiClient } from '../../../../lib/apiClient';
import { keepPreviousOf } from '../../../../lib/keepPreviousOf';
import { recordQueries } from '../../../../lib/recordQueries';
import { instanceSelector } from '../../../instances/api/instanceSelector';

export type LoadedGrant = Grant & { rev?: number };
/** A grant given to the acting account (`/platform/grantors`): `active` when enabled and not expired. */
export type ReceivedGrant = Grant & { active: boolean };

const records = recordQueries<LoadedGrant>('grants');

export const grantKeys = {
  ...records,
  received: (api: ApiClient, acting: ActingAccount) =>
    queryOptions({
      queryKey: [...records.all(acting.cid), 'received'] as const,
      queryFn: async ({ signal }) => (await api.get<ReceivedGrant>('/platform/grantors/all', { actAs: acting.actAs, signal })).result,
    }),
  /** The grantor's own instances of a type, searched by name (a grant may only list those). */
  ownInstances: (api: ApiClient, acting: ActingAccount, type: InstanceType, grantor: number, q: string) =>
    queryOptions({
      queryKey: [...records.all(acting.cid), 'own', type, grantor, q] as const,
      queryFn: async ({ signal }) =>
        (
          await api.get<{ id: number; name: string }>(`/gw/${type}/${instanceSelector({ q, cid: grantor })}`, {
            query: { limit: 20, fields: 'id,name' },
            actAs: acting.actAs,
            signal,
          })
        ).result,
      placeholderData: keepPreviousOf(acting.cid),
    }),
};
