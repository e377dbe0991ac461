import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { NotFound } from '../../../../components/NotFound';
import { RecordDetail } from '../../../../components/RecordDetail';
import { useDetailParams } from '../../../../components/useDetailParams';
import { tokenKeys } from '../api/tokenKeys';
import { TokenActions } from '../components/TokenActions';
import { TokenOverview } from '../components/TokenOverview';

/** One token: its fields (key masked, reveal and copy), edit, enable/disable, delete, access link. */
export function TokenDetailPage() {
  const params = useDetailParams('tokens');
  const query = useActingQuery((api, acting) => tokenKeys.detail(api, acting, params?.id ?? 0));
  const accountName = useAccountNames();
  if (!params) return <NotFound what="token" />;
  return (
    <RecordDetail
      type="tokens"
      id={params.id}
      tab={params.tab}
      tabs={['overview']}
      noun="Token"
      query={query}
      title={(t) => t.info || `Token #${t.id}`}
      actions={(t) => <TokenActions token={t} />}
      overview={(t) => <TokenOverview token={t} accountName={accountName} />}
    />
  );
}
