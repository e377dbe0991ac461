import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '../../../../lib/paths';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { useCan } from '../../../../auth/useCan';
import { AddFab } from '../../../../components/AddFab';
import { NewButton } from '../../../../components/NewButton';
import { nowSeconds } from '../../../../components/formatTime';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import { roleAssignmentKeys, roleKeys } from '../api/roleKeys';
import { AssignmentsTable } from '../components/AssignmentsTable';
import { AssignRoleDialog } from '../components/AssignRoleDialog';
import { EXPIRING_DAYS, assignmentState } from '../roleText';
import type { AssignmentState } from '../roleText';
import { useUrlParams } from '../../../../lib/useUrlParams';

const STATES: Array<{ value: AssignmentState | ''; label: string }> = [
  { value: '', label: 'Any state' },
  { value: 'active', label: 'Active' },
  { value: 'expiring', label: `Expiring within ${EXPIRING_DAYS} days` },
  { value: 'expired', label: 'Expired' },
];

/** Who holds which role over which scope, and until when; assign and revoke. Filters live in the URL. */
export function RoleAssignmentsPage() {
  const query = useActingQuery((api, acting) => roleAssignmentKeys.list(api, acting));
  const roles = useActingQuery((api, acting) => roleKeys.list(api, acting));
  const create = useCan('create', { type: 'role-assignments' });
  const [params, setParams] = useUrlParams();
  const [assigning, setAssigning] = useState(false);
  const state = (params.get('state') ?? '') as AssignmentState | '';
  const role = params.get('role') ?? '';
  const setFilter = (key: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  const now = nowSeconds();
  const filters = (
    <>
      <TextField select size="small" label="State" value={state} onChange={(e) => setFilter('state', e.target.value)} sx={{ minWidth: 200 }}>
        {STATES.map((s) => (
          <MenuItem key={s.value} value={s.value}>
            {s.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField select size="small" label="Role" value={role} onChange={(e) => setFilter('role', e.target.value)} sx={{ minWidth: 180 }}>
        <MenuItem value="">Any role</MenuItem>
        {(roles.data?.result ?? []).map((r) => (
          <MenuItem key={r.id} value={String(r.id)}>
            {r.name}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
  return (
    <>
      <PageHeader
        title="Role assignments"
        subtitle="Roles given to accounts over a scope. Expired assignments give nothing until extended or removed."
        actions={
          <>
            <Button component={RouterLink} to={paths.list.getHref('roles')} variant="outlined">
              Role catalog
            </Button>
            {create.allowed && <NewButton label="New role assignment" onClick={() => setAssigning(true)} />}
          </>
        }
      />
      <QueryView query={query} noun="role assignments" isEmpty={(r) => r.result.length === 0}>
        {(r) => (
          <AssignmentsTable
            label="Role assignments"
            rows={r.result.filter((a) => (state === '' || assignmentState(a, now) === state) && (role === '' || String(a.role_id) === role))}
            filters={filters}
          />
        )}
      </QueryView>
      {create.allowed && <AddFab label="Assign role" onClick={() => setAssigning(true)} />}
      {assigning && <AssignRoleDialog onClose={() => setAssigning(false)} />}
    </>
  );
}
