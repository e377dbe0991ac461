import Button from '@mui/material/Button';
import { useState } from 'react';
import { paths } from '../../../../lib/paths';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { useCanEach } from '../../../../auth/useCan';
import type { Column } from '../../../../components/DataTable';
import { formatDateTime, nowSeconds } from '../../../../components/formatTime';
import { ItemLink } from '../../../../components/ItemLink';
import { ClientTable } from '../../../../components/table/ClientTable';
import type { ReactNode } from 'react';
import { roleKeys } from '../api/roleKeys';
import type { LoadedAssignment } from '../api/roleKeys';
import { describeScope } from '../../../../permissions';
import { assignmentState } from '../roleText';
import { AssignmentStateChip } from './AssignmentStateChip';
import { RevokeDialog } from './RevokeDialog';
import { AccountLink } from '../../../../auth/AccountLink';

const STATE_ORDER = { active: 0, expiring: 1, expired: 2 } as const;

/** Assignments with their role, subject, scope, state and a Revoke button where the principal may delete them. */
export function AssignmentsTable({
  rows,
  label,
  filters,
  urlPrefix,
}: {
  rows: readonly LoadedAssignment[];
  label: string;
  filters?: ReactNode;
  urlPrefix?: string;
}) {
  const roles = useActingQuery((api, acting) => roleKeys.list(api, acting));
  const accountName = useAccountNames();
  const can = useCanEach(
    'role-assignments',
    rows.map((a) => a.id),
  );
  const [revoking, setRevoking] = useState<LoadedAssignment | null>(null);
  const roleName = (id: number) => roles.data?.result.find((r) => r.id === id)?.name ?? `Role #${id}`;
  const now = nowSeconds();
  const columns: Column<LoadedAssignment>[] = [
    {
      header: 'Role',
      sortValue: (a) => roleName(a.role_id),
      render: (a) => <ItemLink to={paths.detail.getHref('roles', a.role_id)} name={roleName(a.role_id)} fallback={`Role #${a.role_id}`} />,
    },
    { header: 'Subject', sortValue: (a) => accountName(a.subject_cid), render: (a) => <AccountLink cid={a.subject_cid} name={accountName(a.subject_cid)} /> },
    { header: 'Scope', sortValue: (a) => a.scope, render: (a) => describeScope(a.scope, accountName) },
    { header: 'State', sortValue: (a) => STATE_ORDER[assignmentState(a, now)], render: (a) => <AssignmentStateChip state={assignmentState(a, now)} /> },
    { header: 'Expires', sortValue: (a) => a.expire || Number.MAX_SAFE_INTEGER, render: (a) => (a.expire === 0 ? 'Never' : formatDateTime(a.expire)) },
    { header: 'Made by', sortValue: (a) => accountName(a.cid), render: (a) => accountName(a.cid) },
    {
      header: 'Actions',
      render: (a) =>
        can('delete', a.id).allowed ? (
          <Button size="small" color="error" onClick={() => setRevoking(a)} aria-label={`Revoke ${roleName(a.role_id)} from ${accountName(a.subject_cid)}`}>
            Revoke
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <ClientTable
        label={label}
        noun="assignments"
        rows={rows}
        columns={columns}
        rowKey={(a) => a.id}
        searchText={(a) => `${roleName(a.role_id)} ${accountName(a.subject_cid)} ${describeScope(a.scope, accountName)} #${a.id}`}
        filters={filters}
        urlPrefix={urlPrefix}
      />
      {revoking && <RevokeDialog assignment={revoking} roleName={roleName(revoking.role_id)} onClose={() => setRevoking(null)} />}
    </>
  );
}
