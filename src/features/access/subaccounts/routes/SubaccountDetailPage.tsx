import { useActingQuery } from '../../../../auth/useActingQuery';
import { LogList } from '../../../../components/LogList';
import { NotFound } from '../../../../components/NotFound';
import { QueryView } from '../../../../components/QueryView';
import { RecordDetail } from '../../../../components/RecordDetail';
import { useDetailParams } from '../../../../components/useDetailParams';
import { subaccountKeys } from '../api/subaccountKeys';
import { SubaccountActions } from '../components/SubaccountActions';
import { SubaccountOverview } from '../components/SubaccountOverview';
import { WhoHasAccessTab } from '../../sharing';
import { SubaccountLimit } from '../../limits';
import { useShowsWhoHasAccess } from '../../../../widgets/whoHasAccess/useShowsWhoHasAccess';

/** One account of the branch: fields and allowed actions, its log, who has access to it. */
export function SubaccountDetailPage() {
  const params = useDetailParams('subaccounts');
  const id = params?.id ?? 0;
  const query = useActingQuery((api, acting) => ({ ...subaccountKeys.detail(api, acting, id), enabled: params !== null }));
  const logs = useActingQuery((api, acting) => ({ ...subaccountKeys.logs(api, acting, id), enabled: params?.tab === 'logs' }));
  const showsAccess = useShowsWhoHasAccess();
  if (!params) return <NotFound what="account" />;
  return (
    <RecordDetail
      type="subaccounts"
      id={id}
      tab={params.tab}
      tabs={showsAccess ? ['overview', 'logs', 'access'] : ['overview', 'logs']}
      noun="Account"
      query={query}
      title={(a) => a.name}
      overview={(a) => (
        <>
          <SubaccountOverview account={a} />
          <SubaccountLimit account={a} />
        </>
      )}
      actions={(a) => <SubaccountActions account={a} />}
      renderTab={(tab, a) =>
        tab === 'access' ? (
          <WhoHasAccessTab item={{ type: 'subaccounts', id, name: a.name, ownerCid: a.owner_id }} />
        ) : (
          <QueryView query={logs} noun="logs" isEmpty={(l) => l.length === 0}>
            {(records) => <LogList records={records} label="Account logs" />}
          </QueryView>
        )
      }
    />
  );
}
