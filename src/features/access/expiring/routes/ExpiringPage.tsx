import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

import { useCanEach } from '../../../../auth/useCan';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { PageHeader } from '../../../../components/PageHeader';
import { useExpiringRows } from '../api/useExpiringRows';
import { ExtendDialog } from '../components/ExtendDialog';
import { RemoveDialog } from '../components/RemoveDialog';
import { RowActions } from '../components/RowActions';
import { TimelineTable } from '../components/TimelineTable';
import { WINDOWS, parseWindow, withinWindow } from './expiringRows';
import type { ExpiringRow } from './expiringRows';
import { useUrlParams } from '../../../../lib/useUrlParams';

type Open = { what: 'extend' | 'remove'; row: ExpiringRow } | null;

const idsOf = (rows: readonly ExpiringRow[], kind: ExpiringRow['kind']) => rows.filter((r) => r.kind === kind).map((r) => r.id);

/** A timeline by day of what ends within a window (what has ended first), each row a link, with extend and remove. */
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
  const actions = (r: ExpiringRow) => (
    <RowActions
      row={r}
      can={(action) => can[r.kind](action, r.id)}
      onExtend={() => setOpen({ what: 'extend', row: r })}
      onRemove={() => setOpen({ what: 'remove', row: r })}
    />
  );
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
  else if (rows.length === 0)
    body = (
      <>
        {windowSelect}
        <EmptyState title={`Nothing ends within ${days === 1 ? '1 day' : `${days} days`}`}>Nothing has expired either.</EmptyState>
      </>
    );
  else {
    body = (
      <Stack spacing={2}>
        <div>{windowSelect}</div>
        <TimelineTable rows={rows} now={now} actions={actions} />
      </Stack>
    );
  }
  return (
    <>
      <PageHeader title="Expiring access" subtitle="Tokens, grants and role assignments that end in the coming weeks or have ended, day by day." />
      {body}
      {open?.what === 'extend' && <ExtendDialog row={open.row} onClose={() => setOpen(null)} />}
      {open?.what === 'remove' && <RemoveDialog row={open.row} onClose={() => setOpen(null)} />}
    </>
  );
}
