import { useActingQuery } from '../../../../auth/useActingQuery';
import { useAccountNames } from '../../../../auth/useAccountNames';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { LogList } from '../../../../components/LogList';
import { NotFound } from '../../../../components/NotFound';
import { QueryView } from '../../../../components/QueryView';
import { RecordDetail } from '../../../../components/RecordDetail';
import { useDetailParams } from '../../../../components/useDetailParams';
import { grantKeys } from '../api/grantKeys';

export function GrantDetailPage() {
  const params = useDetailParams('grants');
  const id = params?.id ?? 0;
  const query = useActingQuery((api, acting) => ({ ...grantKeys.detail(api, acting, id), enabled: params !== null }));
  const logs = useActingQuery((api, acting) => ({ ...grantKeys.logs(api, acting, id), enabled: params?.tab === 'logs' }));
  const accountName = useAccountNames();
  if (!params) return <NotFound what="grant" />;
  return (
    <RecordDetail
      type="grants"
      id={id}
      tab={params.tab}
      tabs={['overview', 'grantees', 'logs']}
      noun="Grant"
      query={query}
      title={(g) => g.name}
      renderTab={(tab, grant) =>
        tab === 'grantees' ? (
          <Paper sx={{ p: 2 }}>
            <Typography variant="h6" component="h2">
              Grantees
            </Typography>
            {grant.subaccounts.length === 0 ? (
              <Typography>No grantees.</Typography>
            ) : (
              <ul>
                {grant.subaccounts.map((cid) => (
                  <li key={cid}>{accountName(cid)}</li>
                ))}
              </ul>
            )}
          </Paper>
        ) : (
          <QueryView query={logs} noun="logs" isEmpty={(l) => l.length === 0}>
            {(records) => <LogList records={records} label="Grant logs" />}
          </QueryView>
        )
      }
    />
  );
}
