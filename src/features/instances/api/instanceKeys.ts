import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../../auth/SessionProvider';
import { INSTANCE_TYPES } from '../../../domain/types';
import type { Instance, InstanceType } from '../../../domain/types';
import type { ApiClient } from '../../../lib/apiClient';
import { accessClient } from '../../../lib/accessClient';
import { keepPreviousOf } from '../../../lib/keepPreviousOf';
import { recordQueries } from '../../../lib/recordQueries';
import { membersClient } from '../../../lib/relationClients';
import { resourceClient } from '../../../lib/resourceClient';
import type { Touched } from '../../../lib/touchedKeys';
import type { TableState } from '../../../components/table/tableState';
import { instanceMatches, instanceSelector } from '../../../lib/instanceSelector';
import { pageInClient } from '../../../lib/pageInClient';
import type { ApiResult } from '../../../lib/apiClient';
import type { InstanceFilter } from '../../../lib/instanceSelector';

const byType = {
  devices: recordQueries<Instance>('devices'),
  channels: recordQueries<Instance>('channels'),
  streams: recordQueries<Instance>('streams'),
  calcs: recordQueries<Instance>('calcs'),
  plugins: recordQueries<Instance>('plugins'),
  groups: recordQueries<Instance>('groups'),
} satisfies Record<InstanceType, ReturnType<typeof recordQueries<Instance>>>;

/** Creating or renaming an instance: its list, the accounts' instance counts, and access answers (names). */
export const instanceTouches = (type: InstanceType): readonly Touched[] => [type, 'subaccounts', 'access'];
/** Deleting one also drops it from containers' members, grants' items and tokens' access lists. */
export const instanceDeleteTouches = (): readonly Touched[] => [...INSTANCE_TYPES, 'subaccounts', 'grants', 'tokens', 'access'];
/** Members of a container: its members list, and what group-scoped roles reach. */
export const membersTouches = (type: InstanceType): readonly Touched[] => [type, 'access'];
/** A command changes only the device's log. */
export const COMMAND_TOUCHES: readonly Touched[] = ['devices'];

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
    type Row = Pick<Instance, 'id' | 'cid' | 'name'>;
    return queryOptions({
      queryKey: [...byType[type].all(acting.cid), 'page', selector, query] as const,
      queryFn: async ({ signal, client }): Promise<ApiResult<Row>> => {
        if (api.extensions().includes('paging')) return resourceClient<Row>(api, type, acting).get(encodeURIComponent(selector), { query, signal });
        // No paging on the server (flespi): the list once (kept until a write touches it), paged here.
        const all = await client.fetchQuery({ ...byType[type].list(api, acting, { fields: query.fields }), staleTime: Infinity });
        return pageInClient(all.result, query, instanceMatches(filter));
      },
      placeholderData: keepPreviousOf(acting.cid),
    });
  },
  /** Devices the principal may change (so may add to a container), matching `q`: for the member picker. */
  changeableDevices: (api: ApiClient, acting: ActingAccount, q: string) =>
    queryOptions({
      queryKey: [...byType.devices.all(acting.cid), 'changeable', q] as const,
      queryFn: async ({ signal }) =>
        (
          await accessClient(api, acting).entries<{ id: number; name?: string }>(
            acting.cid,
            { type: 'devices', permission: 'update', q: q.trim() || undefined, limit: 20 },
            { signal },
          )
        ).result,
      placeholderData: keepPreviousOf(acting.cid),
    }),
  members: (api: ApiClient, acting: ActingAccount, type: InstanceType, id: number) =>
    queryOptions({
      queryKey: [...byType[type].all(acting.cid), 'members', id] as const,
      queryFn: async ({ signal }) =>
        (await membersClient(api, type, acting).list<Pick<Instance, 'id' | 'cid' | 'name'>>(id, { query: { fields: 'id,cid,name' }, signal })).result,
    }),
};
