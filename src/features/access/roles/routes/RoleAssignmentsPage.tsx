import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { DataTable } from '../../../../components/DataTable';
import type { Column } from '../../../../components/DataTable';
import { formatDateTime, nowSeconds } from '../../../../components/formatTime';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import type { RoleAssignment } from '../../../../domain/types';
import { roleAssignmentKeys, roleKeys } from '../api/roleKeys';

/** Who holds which role over which scope, and until when (expired ones are marked). */
export function RoleAssignmentsPage() {
  const query = useActingQuery((api, acting) => roleAssignmentKeys.list(api, acting));
  const roles = useActingQuery((api, acting) => roleKeys.list(api, acting));
  const accountName = useAccountNames();
  const roleName = (id: number) => roles.data?.result.find((r) => r.id === id)?.name ?? `Role #${id}`;
  const now = nowSeconds();
  const columns: Column<RoleAssignment>[] = [
    { header: 'Role', render: (a) => roleName(a.role_id) },
    { header: 'Subject', render: (a) => accountName(a.subject_cid) },
    { header: 'Scope', render: (a) => a.scope },
    { header: 'Expires', render: (a) => (a.expire === 0 ? 'Never' : `${a.expire <= now ? 'Expired ' : ''}${formatDateTime(a.expire)}`) },
    { header: 'Made by', render: (a) => accountName(a.cid) },
  ];
  return (
    <>
      <PageHeader title="Role assignments" />
      <QueryView query={query} noun="role assignments" isEmpty={(r) => r.result.length === 0}>
        {(r) => <DataTable label="Role assignments" rows={r.result} columns={columns} rowKey={(a) => a.id} />}
      </QueryView>
    </>
  );
}
