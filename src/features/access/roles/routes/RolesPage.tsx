import Button from '@mui/material/Button';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '../../../../lib/paths';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { useCan } from '../../../../auth/useCan';
import { AddFab } from '../../../../components/AddFab';
import { NewButton } from '../../../../components/NewButton';
import type { Column } from '../../../../components/DataTable';
import { ItemLink } from '../../../../components/ItemLink';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import { ClientTable } from '../../../../components/table/ClientTable';
import { roleAssignmentKeys, roleKeys } from '../api/roleKeys';
import type { LoadedRole } from '../api/roleKeys';
import { RoleFormDialog } from '../components/RoleFormDialog';
import { permissionSummary } from '../roleText';

/** The role catalog: built-in roles and the custom roles the acting account can see, with what each allows. */
export function RolesPage() {
  const query = useActingQuery((api, acting) => roleKeys.list(api, acting));
  const assignments = useActingQuery((api, acting) => roleAssignmentKeys.list(api, acting));
  const create = useCan('create', { type: 'roles' });
  const [creating, setCreating] = useState(false);
  const uses = (id: number) => assignments.data?.result.filter((a) => a.role_id === id).length ?? 0;
  const columns: Column<LoadedRole>[] = [
    { header: 'Name', sortValue: (r) => r.name, render: (r) => <ItemLink to={paths.detail.getHref('roles', r.id)} name={r.name} fallback={`Role #${r.id}`} /> },
    { header: 'Kind', sortValue: (r) => r.builtin, render: (r) => (r.builtin ? 'Built-in' : 'Custom') },
    { header: 'Permissions', render: (r) => permissionSummary(r.permissions) },
    { header: 'Assignments', align: 'right', sortValue: (r) => uses(r.id), render: (r) => (assignments.data ? uses(r.id) : '…') },
  ];
  return (
    <>
      <PageHeader
        title="Roles"
        subtitle="Named sets of permissions, assigned to accounts over a scope."
        actions={
          <>
            <Button component={RouterLink} to={paths.roleAssignments.getHref()} variant="outlined">
              Role assignments
            </Button>
            {create.allowed && <NewButton label="New role" onClick={() => setCreating(true)} />}
          </>
        }
      />
      <QueryView query={query} noun="roles" isEmpty={(r) => r.result.length === 0}>
        {(r) => (
          <ClientTable
            label="Roles"
            noun="roles"
            rows={r.result}
            columns={columns}
            rowKey={(role) => role.id}
            searchText={(role) => `${role.name} ${role.description} ${role.permissions.join(' ')}`}
          />
        )}
      </QueryView>
      {create.allowed && <AddFab label="Create role" onClick={() => setCreating(true)} />}
      {creating && <RoleFormDialog onClose={() => setCreating(false)} />}
    </>
  );
}
