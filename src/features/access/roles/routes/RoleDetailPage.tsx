import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../../lib/paths';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { useCan } from '../../../../auth/useCan';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { NotFound } from '../../../../components/NotFound';
import { QueryView } from '../../../../components/QueryView';
import { RecordDetail } from '../../../../components/RecordDetail';
import { useDetailParams } from '../../../../components/useDetailParams';
import { useApiMutation } from '../../../../auth/useApiMutation';
import { ROLE_TOUCHES, roleAssignmentKeys, roleKeys } from '../api/roleKeys';
import { resourceClient } from '../../../../lib/resourceClient';
import type { LoadedRole } from '../api/roleKeys';
import { AssignmentsTable } from '../components/AssignmentsTable';
import { AssignRoleDialog } from '../components/AssignRoleDialog';
import { PermissionList } from '../components/PermissionList';
import { RoleFormDialog } from '../components/RoleFormDialog';

/** One role: its permissions, edit and delete for custom roles (delete only when unused), its assignments. */
export function RoleDetailPage() {
  const params = useDetailParams('roles');
  const id = params?.id ?? 0;
  const query = useActingQuery((api, acting) => ({ ...roleKeys.detail(api, acting, id), enabled: params !== null }));
  const assignments = useActingQuery((api, acting) => roleAssignmentKeys.list(api, acting));
  if (!params) return <NotFound what="role" />;
  const using = assignments.data?.result.filter((a) => a.role_id === id) ?? [];
  return (
    <RecordDetail
      type="roles"
      id={id}
      tab={params.tab}
      tabs={['overview', 'assignments']}
      noun="Role"
      query={query}
      title={(r) => r.name}
      actions={(r) => <RoleActions role={r} uses={assignments.data ? using.length : null} />}
      overview={(r) => (
        <Stack spacing={2}>
          {r.description && <Typography>{r.description}</Typography>}
          <Typography color="text.secondary">{r.builtin ? 'Built-in role: it cannot be changed.' : 'Custom role.'}</Typography>
          <PermissionList permissions={r.permissions} />
        </Stack>
      )}
      renderTab={() => (
        <QueryView query={assignments} noun="assignments">
          {() => <AssignmentsTable rows={using} label="Assignments of the role" />}
        </QueryView>
      )}
    />
  );
}

function RoleActions({ role, uses }: { role: LoadedRole; uses: number | null }) {
  const update = useCan('update', { type: 'roles', id: role.id });
  const remove = useCan('delete', { type: 'roles', id: role.id });
  const assign = useCan('create', { type: 'role-assignments' });
  const navigate = useNavigate();
  const [open, setOpen] = useState<'edit' | 'delete' | 'assign' | null>(null);
  const del = useApiMutation({
    run: (api, acting) => resourceClient(api, 'roles', acting).delete(role.id, { ifMatch: role.rev }),
    touches: ROLE_TOUCHES,
    success: () => `Role “${role.name}” deleted`,
    failure: 'Could not delete the role',
    onSuccess: () => {
      setOpen(null);
      void navigate(paths.list.getHref('roles'));
    },
  });
  const assignButton = assign.allowed && (
    <Button variant="contained" onClick={() => setOpen('assign')}>
      Assign
    </Button>
  );
  const assignDialog = open === 'assign' && <AssignRoleDialog roleId={role.id} onClose={() => setOpen(null)} />;
  if (role.builtin)
    return (
      <>
        {assignButton}
        {assignDialog}
      </>
    );
  const deleteBlocked =
    uses === null ? 'Checking whether it is used…' : uses > 0 ? `Used by ${uses} assignment${uses === 1 ? '' : 's'}: revoke them first.` : null;
  return (
    <Stack direction="row" spacing={1}>
      {assignButton}
      {update.allowed && (
        <Button variant="outlined" onClick={() => setOpen('edit')}>
          Edit
        </Button>
      )}
      {remove.allowed && (
        <Tooltip title={deleteBlocked ?? ''}>
          <span>
            <Button
              variant="outlined"
              color="error"
              disabled={deleteBlocked !== null}
              onClick={() => setOpen('delete')}
              aria-describedby={deleteBlocked ? 'role-delete-why' : undefined}
            >
              Delete
            </Button>
          </span>
        </Tooltip>
      )}
      {remove.allowed && deleteBlocked && (
        <Typography id="role-delete-why" variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
          {deleteBlocked}
        </Typography>
      )}
      {assignDialog}
      {open === 'edit' && <RoleFormDialog role={role} onClose={() => setOpen(null)} />}
      {open === 'delete' && (
        <ConfirmDialog
          open
          restorable
          title={`Delete role “${role.name}”?`}
          confirmLabel="Delete"
          destructive
          pending={del.isPending}
          error={del.error}
          onConfirm={() => del.mutate(undefined)}
          onClose={() => setOpen(null)}
        >
          No assignment uses it; nobody loses access.
        </ConfirmDialog>
      )}
    </Stack>
  );
}
