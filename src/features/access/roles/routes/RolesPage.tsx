import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '../../../../app/paths';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { DataTable } from '../../../../components/DataTable';
import type { Column } from '../../../../components/DataTable';
import { ItemLink } from '../../../../components/ItemLink';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import type { Role } from '../../../../domain/types';
import { roleKeys } from '../api/roleKeys';

const columns: Column<Role>[] = [
  { header: 'Name', render: (r) => <ItemLink to={paths.detail('roles', r.id)} name={r.name} fallback={`Role #${r.id}`} /> },
  { header: 'Description', render: (r) => r.description },
  { header: 'Built-in', render: (r) => (r.builtin ? 'Yes' : 'No') },
  { header: 'Permissions', render: (r) => r.permissions.length },
];

/** The role catalog: built-in roles and the custom roles the acting account can see. */
export function RolesPage() {
  const query = useActingQuery((api, acting) => roleKeys.list(api, acting));
  return (
    <>
      <PageHeader
        title="Roles"
        subtitle="Named sets of permissions, assigned to accounts over a scope."
        actions={
          <Button component={RouterLink} to={paths.access.roleAssignments()} variant="outlined">
            Role assignments
          </Button>
        }
      />
      <QueryView query={query} noun="roles" isEmpty={(r) => r.result.length === 0}>
        {(r) => <DataTable label="Roles" rows={r.result} columns={columns} rowKey={(role) => role.id} />}
      </QueryView>
    </>
  );
}
