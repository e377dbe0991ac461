import { useActingQuery } from '../../../auth/useActingQuery';
import { DataTable } from '../../../components/DataTable';
import { LogList } from '../../../components/LogList';
import { NotFound } from '../../../components/NotFound';
import { QueryView } from '../../../components/QueryView';
import { RecordDetail } from '../../../components/RecordDetail';
import { useDetailParams } from '../../../components/useDetailParams';
import { isContainerType } from '../../../domain/types';
import type { InstanceType } from '../../../domain/types';
import { instanceKeys } from '../api/instanceKeys';
import { SINGULAR } from '../instanceKinds';
import { WhoHasAccess } from '../../access/explorer/components/WhoHasAccess';
import { useShowsWhoHasAccess } from '../../access/explorer/components/useShowsWhoHasAccess';

/** One instance: fields, member devices (containers: only those the principal can see), logs. */
export function InstanceDetailPage({ type }: { type: InstanceType }) {
  const params = useDetailParams(type);
  const id = params?.id ?? 0;
  const query = useActingQuery((api, acting) => ({ ...instanceKeys[type].detail(api, acting, id), enabled: params !== null }));
  const logs = useActingQuery((api, acting) => ({ ...instanceKeys[type].logs(api, acting, id), enabled: params?.tab === 'logs' }));
  const members = useActingQuery((api, acting) => ({ ...instanceKeys.members(api, acting, type, id), enabled: params?.tab === 'devices' }));
  const showsAccess = useShowsWhoHasAccess();
  if (!params) return <NotFound what={SINGULAR[type].toLowerCase()} />;
  const baseTabs = isContainerType(type) ? (['overview', 'devices', 'logs'] as const) : (['overview', 'logs'] as const);
  const tabs = showsAccess ? [...baseTabs, 'access' as const] : baseTabs;
  return (
    <RecordDetail
      type={type}
      id={id}
      tab={params.tab}
      tabs={tabs}
      noun={SINGULAR[type]}
      query={query}
      title={(i) => i.name || `${SINGULAR[type]} #${i.id}`}
      renderTab={(tab) =>
        tab === 'access' ? (
          <WhoHasAccess type={type} id={id} />
        ) : tab === 'devices' ? (
          <QueryView query={members} noun="member devices" isEmpty={(m) => m.length === 0}>
            {(m) => <DataTable label="Member devices" rows={m} rowKey={(d) => d.id} columns={[{ header: 'Device', render: (d) => d.name ?? `#${d.id}` }]} />}
          </QueryView>
        ) : (
          <QueryView query={logs} noun="logs" isEmpty={(l) => l.length === 0}>
            {(records) => <LogList records={records} label={`${SINGULAR[type]} logs`} />}
          </QueryView>
        )
      }
    />
  );
}
