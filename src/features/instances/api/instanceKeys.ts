import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../auth/SessionProvider';
import type { Instance, InstanceType } from '../../../domain/types';
import type { ApiClient } from '../../../lib/apiClient';
import { keepPreviousOf } from '../../../lib/keepPreviousOf';
import { recordQueries } from '../../../lib/recordQueries';
import type { TableState } from '../../../components/table/tableState';
import { instanceSelector } from './instanceSelector';
import type { InstanceFilter } from './instanceSelector';

const byType = {
  devices: recordQueries<Instance>('devices'),
  channels: recordQueries<Instance>('channels'),
  streams: recordQueries<Instance>('streams'),
  calcs: recordQueries<Instance>('calcs'),
  plugins: recordQueries<Instance>('plugins'),
  groups: recordQueries<Instance>('groups'),
} satisfies Record<InstanceType, ReturnType<typeof recordQueries<Instance>>>;

/** Columns the server sorts by (`sort=` of the mock's listing). */
const SORT_FIELD: Record<string, string> = { name: 'name', id: 'id', account: 'cid' };

/** Query options per instance kind (`[type, cid, ...]`): pages, one record, logs, member devices. */
export const instanceKeys = {
  ...byType,
  /** One page of a list, searched, filtered and sorted by the server: never more rows than shown. */
  page: (api: ApiClient, acting: ActingAccount, type: InstanceType, table: TableState, filter: InstanceFilter) => {
    const sortField = SORT_FIELD[table.sort];
    const query = {
      limit: table.size,
      offset: table.page * table.size,
      sort: sortField ? `${table.dir === 'desc' ? '-' : ''}${sortField}` : undefined,
      fields: 'id,cid,name',
    };
    const selector = instanceSelector(filter);
    return queryOptions({
      queryKey: [...byType[type].all(acting.cid), 'page', selector, query] as const,
      queryFn: ({ signal }) =>
        api.get<Pick<Instance, 'id' | 'cid' | 'name'>>(`/gw/${type}/${encodeURIComponent(selector)}`, { query, actAs: acting.actAs, signal }),
      placeholderData: keepPreviousOf(acting.cid),
    });
  },
  /** Devices the principal may change (so may add to a container), matching `q`: for the member picker. */
  changeableDevices: (api: ApiClient, acting: ActingAccount, q: string) =>
    queryOptions({
      queryKey: [...byType.devices.all(acting.cid), 'changeable', q] as const,
      queryFn: async ({ signal }) =>
        (
          await api.get<{ id: number; name?: string }>(`/platform/access/${acting.cid}`, {
            query: { type: 'devices', permission: 'update', q: q.trim() || undefined, limit: 20 },
            actAs: acting.actAs,
            signal,
          })
        ).result,
      placeholderData: keepPreviousOf(acting.cid),
    }),
  members: (api: ApiClient, acting: ActingAccount, type: InstanceType, id: number) =>
    queryOptions({
      queryKey: [...byType[type].all(acting.cid), 'members', id] as const,
      queryFn: async ({ signal }) =>
        (await api.get<Pick<Instance, 'id' | 'cid' | 'name'>>(`/gw/${type}/${id}/devices/all`, { query: { fields: 'id,cid,name' }, actAs: acting.actAs, signal })).result,
    }),
};
