import { useState } from 'react';

import { paths } from '../../../lib/paths';
import { useAccountNames } from '../../../auth/useAccountNames';
import { useActingQuery } from '../../../auth/useActingQuery';
import { useCan } from '../../../auth/useCan';
import { AddFab } from '../../../components/AddFab';
import { NewButton } from '../../../components/NewButton';
import { DataTable } from '../../../components/DataTable';
import type { Column } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ItemLink } from '../../../components/ItemLink';
import { PageHeader } from '../../../components/PageHeader';
import { QueryView } from '../../../components/QueryView';
import { TableToolbar } from '../../../components/table/TableToolbar';
import { useTableState } from '../../../components/table/useTableState';
import type { Instance, InstanceType } from '../../../domain/types';
import { instanceKeys } from '../api/instanceKeys';
import { AccountFilter } from '../components/AccountFilter';
import { CreateInstanceDialog } from '../components/CreateInstanceDialog';
import { INSTANCE_KINDS } from '../instanceKinds';
import { useUrlParams } from '../../../lib/useUrlParams';

type Row = Pick<Instance, 'id' | 'cid' | 'name'>;

/**
 * Instances of one kind the principal can see, one page at a time: the server filters by the access
 * model, searches, sorts and pages, so a list of 100,000 renders only the rows of its page.
 */
export function InstanceListPage({ type }: { type: InstanceType }) {
  const kind = INSTANCE_KINDS.find((k) => k.type === type);
  const label = kind?.label ?? type;
  const noun = label.toLowerCase();
  const [table, setTable] = useTableState();
  const [params, setParams] = useUrlParams();
  const cidParam = Number(params.get('cid'));
  const cid = Number.isInteger(cidParam) && cidParam > 0 ? cidParam : null;
  const setCid = (next: number | null) =>
    setParams(
      (p) => {
        const out = new URLSearchParams(p);
        if (next === null) out.delete('cid');
        else out.set('cid', String(next));
        out.delete('page');
        return out;
      },
      { replace: true },
    );
  const query = useActingQuery((api, acting) => instanceKeys.page(api, acting, type, table, { q: table.q, cid }));
  const accountName = useAccountNames();
  const create = useCan('create', { type });
  const [creating, setCreating] = useState(false);
  const columns: Column<Row>[] = [
    { header: 'Name', sortable: true, render: (i) => <ItemLink to={paths.detail.getHref(type, i.id)} name={i.name} fallback={`#${i.id}`} /> },
    { header: 'Id', sortable: true, render: (i) => i.id },
    { header: 'Account', sortable: true, render: (i) => accountName(i.cid) },
  ];
  const count = query.data?.pagination?.count ?? query.data?.result.length ?? 0;
  const filtered = table.q !== '' || cid !== null;
  return (
    <>
      <PageHeader
        title={label}
        actions={create.allowed && <NewButton label={`New ${kind?.singular.toLowerCase() ?? type}`} onClick={() => setCreating(true)} />}
      />
      <TableToolbar searchLabel={`Search ${noun}`} q={table.q} onSearch={(q) => setTable({ q })} summary={query.data ? `${count} ${noun}` : undefined}>
        <AccountFilter value={cid} onChange={setCid} />
      </TableToolbar>
      <QueryView
        query={query}
        noun={noun}
        isEmpty={(r) => r.result.length === 0}
        empty={
          <EmptyState title={filtered ? `No ${noun} match the search` : `No ${noun} to show`}>
            {filtered ? 'Clear the search or the account filter.' : undefined}
          </EmptyState>
        }
      >
        {(r) => <DataTable label={label} rows={r.result} columns={columns} rowKey={(i) => i.id} state={table} onState={setTable} count={count} />}
      </QueryView>
      {create.allowed && <AddFab label={`Create ${kind?.singular.toLowerCase() ?? type}`} onClick={() => setCreating(true)} />}
      {creating && <CreateInstanceDialog type={type} onClose={() => setCreating(false)} />}
    </>
  );
}
