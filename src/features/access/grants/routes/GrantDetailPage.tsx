import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { formatDateTime, nowSeconds } from '../../../../components/formatTime';
import { LogList } from '../../../../components/LogList';
import { NotFound } from '../../../../components/NotFound';
import { QueryView } from '../../../../components/QueryView';
import { RecordDetail } from '../../../../components/RecordDetail';
import { useDetailParams } from '../../../../components/useDetailParams';
import { grantKeys } from '../api/grantKeys';
import type { LoadedGrant } from '../api/grantKeys';
import { AccountLinks } from '../components/AccountLinks';
import { GrantActions } from '../components/GrantActions';
import { GranteesTab } from '../components/GranteesTab';
import { GrantItemsTable } from '../components/GrantItemsTable';
import { GrantStateChip } from '../components/GrantStateChip';
import { expiryText, grantState } from '../grantText';

function Overview({ grant }: { grant: LoadedGrant }) {
  const nameOf = useAccountNames();
  const now = nowSeconds();
  const rows: Array<[string, ReactNode]> = [
    ['State', <GrantStateChip key="s" state={grantState(grant, now)} />],
    ['Grantor', <AccountLinks key="g" cids={[grant.cid]} nameOf={nameOf} />],
    ['Grantees', <AccountLinks key="e" cids={grant.subaccounts} nameOf={nameOf} />],
    ['Expires', grant.expire === 0 ? 'Never' : `${formatDateTime(grant.expire)} (${expiryText(grant, now)})`],
  ];
  return (
    <Stack spacing={2}>
      <Table size="small" aria-label="Grant">
        <TableBody>
          {rows.map(([k, v]) => (
            <TableRow key={k}>
              <TableCell component="th" scope="row" sx={{ width: 160 }}>
                {k}
              </TableCell>
              <TableCell>{v}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="h6" component="h2">
        Items
      </Typography>
      <GrantItemsTable items={grant.items} grantor={grant.cid} grantorName={nameOf(grant.cid)} />
    </Stack>
  );
}

/** One grant: what it shares with whom, until when; edit, disable, delete; grantees; its logs. */
export function GrantDetailPage() {
  const params = useDetailParams('grants');
  const id = params?.id ?? 0;
  const query = useActingQuery((api, acting) => ({ ...grantKeys.detail(api, acting, id), enabled: params !== null }));
  const logs = useActingQuery((api, acting) => ({ ...grantKeys.logs(api, acting, id), enabled: params?.tab === 'logs' }));
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
      actions={(g) => <GrantActions grant={g} />}
      overview={(g) => <Overview grant={g} />}
      renderTab={(tab, grant) =>
        tab === 'grantees' ? (
          <GranteesTab grant={grant} />
        ) : (
          <QueryView query={logs} noun="logs" isEmpty={(l) => l.length === 0}>
            {(records) => <LogList records={records} label="Grant logs" />}
          </QueryView>
        )
      }
    />
  );
}
