import Chip from '@mui/material/Chip';
import { paths } from '../../../../app/paths';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { DataTable } from '../../../../components/DataTable';
import type { Column } from '../../../../components/DataTable';
import { ItemLink } from '../../../../components/ItemLink';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import { subaccountKeys } from '../api/subaccountKeys';
import type { Subaccount } from '../api/subaccountKeys';

/** The acting account's branch below it. */
export function SubaccountsPage() {
  const query = useActingQuery((api, acting) => subaccountKeys.list(api, acting));
  const accountName = useAccountNames();
  const columns: Column<Subaccount>[] = [
    { header: 'Name', render: (a) => <ItemLink to={paths.detail('subaccounts', a.id)} name={a.name} fallback={`Account #${a.id}`} /> },
    { header: 'Id', render: (a) => a.id },
    { header: 'Parent', render: (a) => accountName(a.owner_id) },
    { header: 'Blocked', render: (a) => (a.blocked ? <Chip size="small" color="warning" label="Blocked" /> : 'No') },
  ];
  return (
    <>
      <PageHeader title="Subaccounts" subtitle="Accounts below the acting account." />
      <QueryView query={query} noun="subaccounts" isEmpty={(r) => r.result.length === 0}>
        {(r) => <DataTable label="Subaccounts" rows={r.result} columns={columns} rowKey={(a) => a.id} />}
      </QueryView>
    </>
  );
}
