import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useActingAccount } from '../../../../auth/SessionProvider';
import { useAccountLabel, useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { paths } from '../../../../lib/paths';
import { DataTable } from '../../../../components/DataTable';
import type { Column } from '../../../../components/DataTable';
import { EmptyState } from '../../../../components/EmptyState';
import { ItemLink } from '../../../../components/ItemLink';
import { QueryView } from '../../../../components/QueryView';
import { useNotify } from '../../../../components/feedback/notifyContext';
import { TableToolbar } from '../../../../components/table/TableToolbar';
import { useTableState } from '../../../../components/table/useTableState';
import type { Cid } from '../../../../domain/types';
import { useApiClient } from '../../../../lib/ApiClientProvider';
import type { RightSource } from '../../../../permissions';
import type { Action } from '../../../../domain/types';
import { explorerKeys, fetchAllEntries } from '../api/explorerKeys';
import type { ExplorerEntry } from '../api/explorerKeys';
import { accessQuery } from '../explorerParams';
import type { ExplorerParams } from '../explorerParams';
import { csvFileName, downloadText, explorerCsv } from '../explorerRows';
import { ExplorerFilters } from './ExplorerFilters';
import { RuleLinks } from '../../../../widgets/whoHasAccess/RuleLinks';

/** One page of what the subject reaches (the server filters and pages), with the reasons and a CSV export. */
export function ExplorerResults({
  params,
  cid,
  subjectLabel,
  onFilters,
}: {
  params: ExplorerParams;
  cid: Cid;
  subjectLabel: string;
  onFilters: (change: { source?: RightSource | null; permission?: Action | null }) => void;
}) {
  const [table, setTable] = useTableState();
  const query = accessQuery(params, table.q);
  const page = useActingQuery((api, acting) => explorerKeys.page(api, acting, cid, query, { limit: table.size, offset: table.page * table.size }));
  const accountName = useAccountNames();
  const accountLabel = useAccountLabel();
  const api = useApiClient();
  const acting = useActingAccount();
  const notify = useNotify();
  const [exporting, setExporting] = useState(false);
  const tokenId = params.subject?.kind === 'token' ? params.subject.id : undefined;
  const count = page.data?.pagination?.count ?? page.data?.result.length ?? 0;

  const exportCsv = async () => {
    setExporting(true);
    try {
      const all = await fetchAllEntries(api, acting, cid, query);
      downloadText(explorerCsv(all, accountName, accountLabel), csvFileName(subjectLabel, params.type));
      notify(`Exported ${all.length} ${params.type} as CSV`, 'success');
    } catch (e) {
      notify(`Could not export: ${e instanceof Error ? e.message : String(e)}`, 'error');
    } finally {
      setExporting(false);
    }
  };

  const columns: Column<ExplorerEntry>[] = [
    { header: 'Name', render: (e) => <ItemLink to={paths.detail.getHref(params.type, e.id)} name={e.name} fallback={`#${e.id}`} /> },
    { header: 'Id', render: (e) => e.id },
    { header: 'Account', render: (e) => accountName(e.cid) },
    { header: 'Permissions', render: (e) => e.permissions.join(', ') },
    { header: 'Reasons', render: (e) => <RuleLinks rules={e.rules} acl={e.acl} tokenId={tokenId} /> },
  ];
  return (
    <>
      <TableToolbar
        searchLabel={`Search ${params.type}`}
        q={table.q}
        onSearch={(q) => setTable({ q })}
        summary={page.data ? `${count} ${params.type}` : undefined}
      >
        <ExplorerFilters source={params.source} permission={params.permission} onChange={onFilters} />
        <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void exportCsv()} disabled={exporting || count === 0}>
          Export CSV
        </Button>
      </TableToolbar>
      <QueryView query={page} noun={params.type}>
        {(data) =>
          data.result.length === 0 ? (
            <EmptyState title={`No ${params.type} reachable${params.source || params.permission || table.q ? ' with these filters' : ''}`} />
          ) : (
            <DataTable
              label={`Reachable ${params.type}`}
              rows={data.result}
              columns={columns}
              rowKey={(e) => e.id}
              state={table}
              onState={setTable}
              count={count}
            />
          )
        }
      </QueryView>
    </>
  );
}
