import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

import { paths } from '../../../../lib/paths';
import { useCanEach } from '../../../../auth/useCan';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { formatDateTime, formatRelative } from '../../../../components/formatTime';
import { ItemLink } from '../../../../components/ItemLink';
import { LoadingState } from '../../../../components/LoadingState';
import { PageHeader } from '../../../../components/PageHeader';
import { ClientTable } from '../../../../components/table/ClientTable';
import type { Column } from '../../../../components/DataTable';
import { useExpiringRows } from '../api/useExpiringRows';
import { ExtendDialog } from '../components/ExtendDialog';
import { RemoveDialog } from '../components/RemoveDialog';
import { RowActions } from '../components/RowActions';
import { KIND_LABEL } from '../components/rowText';
import { WINDOWS, parseWindow, withinWindow } from './expiringRows';
import type { ExpiringRow } from './expiringRows';
import { useUrlParams } from '../../../../lib/useUrlParams';

type Open = { what: 'extend' | 'remove'; row: ExpiringRow } | null;

const idsOf = (rows: readonly ExpiringRow[], kind: ExpiringRow['kind']) => rows.filter((r) => r.kind === kind).map((r) => r.id);

/** One timeline of what ends within a window (expired ones still present first), with extend and remove. */
export function ExpiringPage() {
  const [params, setParams] = useUrlParams();
  const days = parseWindow(params.get('days'));
  const state = useExpiringRows();
  const [open, setOpen] = useState<Open>(null);
  const rows = state.status === 'success' ? withinWindow(state.rows, state.now, days) : [];
  const can = {
    tokens: useCanEach('tokens', idsOf(rows, 'tokens')),
    grants: useCanEach('grants', idsOf(rows, 'grants')),
    'role-assignments': useCanEach('role-assignments', idsOf(rows, 'role-assignments')),
  };
  const now = state.status === 'success' ? state.now : 0;
  const columns: Column<ExpiringRow>[] = [
    { header: 'What', render: (r) => KIND_LABEL[r.kind], sortValue: (r) => KIND_LABEL[r.kind] },
    {
      header: 'Name',
      render: (r) => (r.kind === 'role-assignments' ? r.name : <ItemLink to={paths.detail.getHref(r.kind, r.id)} name={r.name} fallback={`#${r.id}`} />),
      sortValue: (r) => r.name.toLowerCase(),
    },
    {
      header: 'Ends',
      id: 'ends',
      render: (r) => `${r.expiresAt <= now ? 'Expired ' : ''}${formatRelative(r.expiresAt, now)} (${formatDateTime(r.expiresAt)})${r.kind === 'tokens' && r.viaTtl ? ', ttl' : ''}`,
      sortValue: (r) => r.expiresAt,
    },
    {
      header: 'Actions',
      render: (r) => (
        <RowActions row={r} can={(action) => can[r.kind](action, r.id)} onExtend={() => setOpen({ what: 'extend', row: r })} onRemove={() => setOpen({ what: 'remove', row: r })} />
      ),
    },
  ];
  const windowSelect = (
    <TextField
      select
      size="small"
      label="Ending within"
      value={String(days)}
      onChange={(e) =>
        setParams(
          (p) => {
            const next = new URLSearchParams(p);
            next.set('days', e.target.value);
            return next;
          },
          { replace: true },
        )
      }
      sx={{ minWidth: 160 }}
    >
      {WINDOWS.map((d) => (
        <MenuItem key={d} value={String(d)}>
          {d === 1 ? '1 day' : `${d} days`}
        </MenuItem>
      ))}
    </TextField>
  );
  let body;
  if (state.status === 'error') body = <ErrorState title="Could not load expiring access" error={state.error} onRetry={state.refetch} />;
  else if (state.status === 'pending') body = <LoadingState label="Loading expiring access…" />;
  else if (rows.length === 0) body = <>{windowSelect}<EmptyState title={`Nothing ends within ${days === 1 ? '1 day' : `${days} days`}`}>Nothing has expired either.</EmptyState></>;
  else {
    body = (
      <ClientTable
        label="Expiring access"
        noun="records"
        rows={rows}
        columns={columns}
        rowKey={(r) => `${r.kind}:${r.id}`}
        searchText={(r) => `${r.name} ${KIND_LABEL[r.kind]} ${r.id}`}
        filters={windowSelect}
      />
    );
  }
  return (
    <>
      <PageHeader title="Expiring access" subtitle="Tokens, grants and role assignments that end soon or have ended, soonest first." />
      {body}
      {open?.what === 'extend' && <ExtendDialog row={open.row} onClose={() => setOpen(null)} />}
      {open?.what === 'remove' && <RemoveDialog row={open.row} onClose={() => setOpen(null)} />}
    </>
  );
}
