import Chip from '@mui/material/Chip';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useState } from 'react';

import { paths } from '../../../../lib/paths';
import { accessKeys } from '../../../../auth/accessKeys';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useCan } from '../../../../auth/useCan';
import { AddFab } from '../../../../components/AddFab';
import { NewButton } from '../../../../components/NewButton';
import type { Column } from '../../../../components/DataTable';
import { ItemLink } from '../../../../components/ItemLink';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import { ClientTable } from '../../../../components/table/ClientTable';
import type { Cid } from '../../../../domain/types';
import { subaccountKeys } from '../api/subaccountKeys';
import type { Subaccount } from '../api/subaccountKeys';
import { buildTree } from '../accountTree';
import { CreateSubaccountDialog } from '../components/CreateSubaccountDialog';
import { SubaccountTree } from '../components/SubaccountTree';
import { useUrlParams } from '../../../../lib/useUrlParams';

/** The acting account's branch below it, as a tree or as a searchable table with instance counts. */
export function SubaccountsPage() {
  const query = useActingQuery((api, acting) => subaccountKeys.list(api, acting));
  const counts = useActingQuery((api, acting) => subaccountKeys.instanceCounts(api, acting));
  const customer = useActingQuery((api, acting) => accessKeys.customer(api, acting));
  const accountName = useAccountNames();
  const create = useCan('create', { type: 'subaccounts' });
  const [creating, setCreating] = useState(false);
  const [params, setParams] = useUrlParams();
  const view = params.get('view') === 'tree' ? 'tree' : 'table';
  const accounts = query.data?.result ?? [];
  const nameOf = (cid: Cid) => accounts.find((a) => a.id === cid)?.name ?? (customer.data?.id === cid ? customer.data.name : accountName(cid));
  const count = (type: 'devices' | 'channels' | 'streams' | 'calcs' | 'plugins' | 'groups', cid: Cid) => counts.data?.[type].get(cid) ?? 0;
  const others = (cid: Cid) => (['channels', 'streams', 'calcs', 'plugins', 'groups'] as const).reduce((n, t) => n + count(t, cid), 0);
  const columns: Column<Subaccount>[] = [
    {
      header: 'Name',
      sortValue: (a) => a.name,
      render: (a) => <ItemLink to={paths.detail.getHref('subaccounts', a.id)} name={a.name} fallback={`Account #${a.id}`} />,
    },
    { header: 'Id', sortValue: (a) => a.id, render: (a) => a.id },
    { header: 'Parent', sortValue: (a) => nameOf(a.owner_id), render: (a) => nameOf(a.owner_id) },
    { header: 'Blocked', sortValue: (a) => a.blocked, render: (a) => (a.blocked ? <Chip size="small" color="warning" label="Blocked" /> : 'No') },
    { header: 'Devices', align: 'right', sortValue: (a) => count('devices', a.id), render: (a) => (counts.data ? count('devices', a.id) : '…') },
    { header: 'Other instances', align: 'right', sortValue: (a) => others(a.id), render: (a) => (counts.data ? others(a.id) : '…') },
  ];
  return (
    <>
      <PageHeader
        title="Subaccounts"
        subtitle="Accounts below the acting account."
        actions={
          <>
            {create.allowed && <NewButton label="New subaccount" onClick={() => setCreating(true)} />}
            <ToggleButtonGroup
              exclusive
              size="small"
              value={view}
              aria-label="Show as"
              onChange={(_e, v: string | null) =>
                v &&
                setParams(
                  (p) => {
                    const out = new URLSearchParams(p);
                    if (v === 'tree') out.set('view', 'tree');
                    else out.delete('view');
                    return out;
                  },
                  { replace: true },
                )
              }
            >
              <ToggleButton value="table">Table</ToggleButton>
              <ToggleButton value="tree">Tree</ToggleButton>
            </ToggleButtonGroup>
          </>
        }
      />
      <QueryView query={query} noun="subaccounts" isEmpty={(r) => r.result.length === 0}>
        {(r) =>
          view === 'tree' ? (
            <SubaccountTree roots={buildTree(r.result)} label="Subaccount tree" />
          ) : (
            <ClientTable
              label="Subaccounts"
              noun="subaccounts"
              rows={r.result}
              columns={columns}
              rowKey={(a) => a.id}
              searchText={(a) => `${a.name} ${a.id} ${nameOf(a.owner_id)}`}
            />
          )
        }
      </QueryView>
      {create.allowed && <AddFab label="Create subaccount" onClick={() => setCreating(true)} />}
      {creating && <CreateSubaccountDialog name={nameOf} onClose={() => setCreating(false)} />}
    </>
  );
}
