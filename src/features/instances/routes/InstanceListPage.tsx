import { paths } from '../../../app/paths';
import { useAccountNames } from '../../../auth/useAccountNames';
import { useActingQuery } from '../../../auth/useActingQuery';
import { DataTable } from '../../../components/DataTable';
import type { Column } from '../../../components/DataTable';
import { ItemLink } from '../../../components/ItemLink';
import { PageHeader } from '../../../components/PageHeader';
import { QueryView } from '../../../components/QueryView';
import type { Instance, InstanceType } from '../../../domain/types';
import { instanceKeys } from '../api/instanceKeys';
import { INSTANCE_KINDS } from '../instanceKinds';

/** Instances of one kind the principal can see (the server filters by the access model). */
export function InstanceListPage({ type }: { type: InstanceType }) {
  const kind = INSTANCE_KINDS.find((k) => k.type === type);
  const label = kind?.label ?? type;
  const query = useActingQuery((api, acting) => instanceKeys[type].list(api, acting));
  const accountName = useAccountNames();
  const columns: Column<Instance>[] = [
    { header: 'Name', render: (i) => <ItemLink to={paths.detail(type, i.id)} name={i.name} fallback={`#${i.id}`} /> },
    { header: 'Id', render: (i) => i.id },
    { header: 'Account', render: (i) => accountName(i.cid) },
  ];
  return (
    <>
      <PageHeader title={label} />
      <QueryView query={query} noun={label.toLowerCase()} isEmpty={(r) => r.result.length === 0}>
        {(r) => <DataTable label={label} rows={r.result} columns={columns} rowKey={(i) => i.id} />}
      </QueryView>
    </>
  );
}
