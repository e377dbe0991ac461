import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { paths } from '../../../../lib/paths';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { useCan } from '../../../../auth/useCan';
import { AddFab } from '../../../../components/AddFab';
import { NewButton } from '../../../../components/NewButton';
import type { Column } from '../../../../components/DataTable';
import { nowSeconds } from '../../../../components/formatTime';
import { ItemLink } from '../../../../components/ItemLink';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import { ClientTable } from '../../../../components/table/ClientTable';
import type { Grant } from '../../../../domain/types';
import { grantKeys } from '../api/grantKeys';
import { AccountLinks } from '../components/AccountLinks';
import { GrantFormDialog } from '../components/GrantFormDialog';
import { GrantStateChip } from '../components/GrantStateChip';
import { expiryText, grantState, itemsText } from '../grantText';

const STATE_ORDER = { active: 0, disabled: 1, expired: 2 } as const;

function useGrantColumns(view: 'made' | 'received'): Column<Grant>[] {
  const nameOf = useAccountNames();
  const now = nowSeconds();
  return [
    {
      header: 'Name',
      sortValue: (g) => g.name,
      render: (g) => <ItemLink to={paths.detail.getHref('grants', g.id)} name={g.name} fallback={`Grant #${g.id}`} />,
    },
    { header: 'Grantor', sortValue: (g) => nameOf(g.cid), render: (g) => <AccountLinks cids={[g.cid]} nameOf={nameOf} /> },
    ...(view === 'made'
      ? [
          {
            header: 'Grantees',
            sortValue: (g: Grant) => g.subaccounts.map(nameOf).join(', '),
            render: (g: Grant) => <AccountLinks cids={g.subaccounts} nameOf={nameOf} />,
          },
        ]
      : []),
    { header: 'Items and levels', render: itemsText },
    { header: 'Expires', sortValue: (g) => g.expire || Number.MAX_SAFE_INTEGER, render: (g) => expiryText(g, now) },
    { header: 'State', sortValue: (g) => STATE_ORDER[grantState(g, now)], render: (g) => <GrantStateChip state={grantState(g, now)} /> },
  ];
}

/** Grants made by the acting account's branch, or (`?view=received`) given to the acting account. */
export function GrantsPage() {
  const [params] = useSearchParams();
  const view = params.get('view') === 'received' ? 'received' : 'made';
  const made = useActingQuery((api, acting) => ({ ...grantKeys.list(api, acting), enabled: view === 'made' }));
  const received = useActingQuery((api, acting) => ({ ...grantKeys.received(api, acting), enabled: view === 'received' }));
  const create = useCan('create', { type: 'grants' });
  const columns = useGrantColumns(view);
  const [creating, setCreating] = useState(false);
  const nameOf = useAccountNames();
  const searchText = (g: Grant) => `${g.name} #${g.id} ${nameOf(g.cid)} ${g.subaccounts.map(nameOf).join(' ')} ${itemsText(g)}`;
  return (
    <>
      <PageHeader
        title="Grants"
        subtitle={view === 'made' ? 'Grants made by the acting account and the accounts below it.' : 'Grants given to the acting account.'}
        actions={create.allowed && <NewButton label="New grant" onClick={() => setCreating(true)} />}
      />
      <Tabs value={view} aria-label="Which grants" sx={{ mb: 2 }}>
        <Tab value="made" label="Made" component={RouterLink} to={paths.grants.getHref()} />
        <Tab value="received" label="Received" component={RouterLink} to={paths.grants.getHref({ view: 'received' })} />
      </Tabs>
      {view === 'made' ? (
        <QueryView query={made} noun="grants" isEmpty={(r) => r.result.length === 0}>
          {(r) => <ClientTable label="Grants made" noun="grants" rows={r.result} columns={columns} rowKey={(g) => g.id} searchText={searchText} />}
        </QueryView>
      ) : (
        <QueryView query={received} noun="received grants" isEmpty={(r) => r.length === 0}>
          {(rows) => <ClientTable label="Grants received" noun="grants" rows={rows} columns={columns} rowKey={(g) => g.id} searchText={searchText} />}
        </QueryView>
      )}
      {create.allowed && <AddFab label="Create grant" onClick={() => setCreating(true)} />}
      {creating && <GrantFormDialog onClose={() => setCreating(false)} />}
    </>
  );
}
