import { useActingQuery } from '../../../../auth/useActingQuery';
import { LogList } from '../../../../components/LogList';
import { NotFound } from '../../../../components/NotFound';
import { QueryView } from '../../../../components/QueryView';
import { RecordDetail } from '../../../../components/RecordDetail';
import { useDetailParams } from '../../../../components/useDetailParams';
import { subaccountKeys } from '../api/subaccountKeys';

export function SubaccountDetailPage() {
  const params = useDetailParams('subaccounts');
  const id = params?.id ?? 0;
  const query = useActingQuery((api, acting) => ({ ...subaccountKeys.detail(api, acting, id), enabled: params !== null }));
  const logs = useActingQuery((api, acting) => ({ ...subaccountKeys.logs(api, acting, id), enabled: params?.tab === 'logs' }));
  if (!params) return <NotFound what="account" />;
  return (
    <RecordDetail
      type="subaccounts"
      id={id}
      tab={params.tab}
      tabs={['overview', 'logs']}
      noun="Account"
      query={query}
      title={(a) => a.name}
      renderTab={() => (
        <QueryView query={logs} noun="logs" isEmpty={(l) => l.length === 0}>
          {(records) => <LogList records={records} label="Account logs" />}
        </QueryView>
      )}
    />
  );
}
