import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../auth/SessionProvider';
import type { Instance, InstanceType } from '../../../domain/types';
import type { ApiClient } from '../../../lib/apiClient';
import { recordQueries } from '../../../lib/recordQueries';

const byType = {
  devices: recordQueries<Instance>('devices'),
  channels: recordQueries<Instance>('channels'),
  streams: recordQueries<Instance>('streams'),
  calcs: recordQueries<Instance>('calcs'),
  plugins: recordQueries<Instance>('plugins'),
  groups: recordQueries<Instance>('groups'),
} satisfies Record<InstanceType, ReturnType<typeof recordQueries<Instance>>>;

/** Query options per instance kind (`[type, cid, ...]`), plus the member devices of containers. */
export const instanceKeys = {
  ...byType,
  members: (api: ApiClient, acting: ActingAccount, type: InstanceType, id: number) =>
    queryOptions({
      queryKey: [...byType[type].all(acting.cid), 'members', id] as const,
      queryFn: async ({ signal }) =>
        (await api.get<Pick<Instance, 'id' | 'cid' | 'name'>>(`/gw/${type}/${id}/devices/all`, { actAs: acting.actAs, signal })).result,
    }),
};
