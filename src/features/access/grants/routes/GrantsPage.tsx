import { paths } from '../../../../app/paths';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { DataTable } from '../../../../components/DataTable';
import type { Column } from '../../../../components/DataTable';
import { formatDateTime } from '../../../../components/formatTime';
import { ItemLink } from '../../../../components/ItemLink';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import type { Grant } from '../../../../domain/types';
import { grantKeys } from '../api/grantKeys';

const describeItems = (g: Grant): string =>
  g.items.map((i) => `${i.type} ${i.ids === 'all' ? '(all)' : `#${i.ids.join(', #')}`}: ${i.access.join(', ')}`).join('; ');

/** Grants made by the acting account's branch. */
export function GrantsPage() {
  const query = useActingQuery((api, acting) => grantKeys.list(api, acting));
  const accountName = useAccountNames();
  const columns: Column<Grant>[] = [
    { header: 'Name', render: (g) => <ItemLink to={paths.detail('grants', g.id)} name={g.name} fallback={`Grant #${g.id}`} /> },
    { header: 'Grantor', render: (g) => accountName(g.cid) },
    { header: 'Grantees', render: (g) => g.subaccounts.map(accountName).join(', ') },
    { header: 'Items and levels', render: describeItems },
    { header: 'Expires', render: (g) => (g.expire ? formatDateTime(g.expire) : 'Never') },
    { header: 'Enabled', render: (g) => (g.enabled ? 'Yes' : 'No') },
  ];
  return (
    <>
      <PageHeader title="Grants" subtitle="Grants made by the acting account and the accounts below it." />
      <QueryView query={query} noun="grants" isEmpty={(r) => r.result.length === 0}>
        {(r) => <DataTable label="Grants" rows={r.result} columns={columns} rowKey={(g) => g.id} />}
      </QueryView>
    </>
  );
}
