import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import type { Column } from '../../../../components/DataTable';
import { EmptyState } from '../../../../components/EmptyState';
import { ItemLink } from '../../../../components/ItemLink';
import { NewButton } from '../../../../components/NewButton';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import { ClientTable } from '../../../../components/table/ClientTable';
import type { LimitAnswer } from '../../../../contracts/limitOperations';
import { paths } from '../../../../lib/paths';
import { limitKeys } from '../api/limitKeys';
import { DeleteLimitDialog } from '../components/DeleteLimitDialog';
import { LimitFormDialog } from '../components/LimitFormDialog';
import { limitSummary } from '../limitWords';

type Open = { kind: 'create' } | { kind: 'edit' | 'delete'; limit: LimitAnswer } | null;

/** Limits the acting account (and its branch) defines for its subaccounts: list, create, edit, delete while unused. */
export function LimitsPage() {
  const query = useActingQuery((api, acting) => limitKeys.list(api, acting));
  const use = useActingQuery((api, acting) => limitKeys.use(api, acting, 'all'));
  const nameOf = useAccountNames();
  const [open, setOpen] = useState<Open>(null);
  const usersOf = (l: LimitAnswer) => use.data?.find((u) => u.limit_id === l.id)?.accounts ?? [];
  const columns: Column<LimitAnswer>[] = [
    { header: 'Name', render: (l) => l.name, sortValue: (l) => l.name.toLowerCase() },
    { header: 'Defined by', render: (l) => nameOf(l.cid), sortValue: (l) => nameOf(l.cid).toLowerCase() },
    { header: 'Allows', id: 'allows', render: (l) => limitSummary(l) },
    {
      header: 'Assigned to',
      id: 'users',
      render: (l) => {
        if (use.isPending) return 'Loading…';
        const users = usersOf(l);
        if (users.length === 0) return 'No subaccount';
        return (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {users.map((a) => (
              <ItemLink key={a.id} to={paths.detail.getHref('subaccounts', a.id)} name={a.name} fallback={`#${a.id}`} />
            ))}
          </Stack>
        );
      },
    },
    {
      header: 'Actions',
      render: (l) => {
        const users = usersOf(l).length;
        const del = (
          <Button
            size="small"
            color="error"
            disabled={users > 0 || use.isPending}
            onClick={() => setOpen({ kind: 'delete', limit: l })}
            aria-label={`Delete limit ${l.name}`}
          >
            Delete
          </Button>
        );
        return (
          <Stack direction="row" spacing={1}>
            <Button size="small" onClick={() => setOpen({ kind: 'edit', limit: l })} aria-label={`Edit limit ${l.name}`}>
              Edit
            </Button>
            {users > 0 ? (
              <Tooltip title={`Assigned to ${users} subaccount(s): assign them another limit first.`}>
                <span>{del}</span>
              </Tooltip>
            ) : (
              del
            )}
          </Stack>
        );
      },
    },
  ];
  return (
    <>
      <PageHeader
        title="Limits"
        subtitle="What a subaccount may hold with its whole subtree. A parent defines limits and assigns one to each subaccount (on the subaccount's page)."
        actions={<NewButton label="New limit" onClick={() => setOpen({ kind: 'create' })} />}
      />
      <QueryView
        query={query}
        noun="limits"
        isEmpty={(d) => d.length === 0}
        empty={<EmptyState title="No limits yet">Create one, then assign it to a subaccount on the subaccount's page.</EmptyState>}
      >
        {(rows) => <ClientTable label="Limits" noun="limits" rows={rows} columns={columns} rowKey={(l) => l.id} searchText={(l) => l.name} />}
      </QueryView>
      {open?.kind === 'create' && <LimitFormDialog onClose={() => setOpen(null)} />}
      {open?.kind === 'edit' && <LimitFormDialog limit={open.limit} onClose={() => setOpen(null)} />}
      {open?.kind === 'delete' && <DeleteLimitDialog limit={open.limit} onClose={() => setOpen(null)} />}
    </>
  );
}
