import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { DescriptionField } from '../../../../components/DescriptionField';
import { NameField } from '../../../../components/NameField';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../../lib/paths';
import { FormDialog } from '../../../../components/FormDialog';
import { useDirty } from '../../../../components/useDirty';
import { roleCreate } from '../../../../contracts/schemas';
import type { Permission } from '../../../../domain/types';
import { fieldErrors } from '../../../../lib/fieldErrors';
import type { FieldErrors } from '../../../../lib/fieldErrors';
import { resourceClient } from '../../../../lib/resourceClient';
import { useApiMutation } from '../../../../auth/useApiMutation';
import { ALL_PERMISSIONS } from '../../../../permissions';
import { ROLE_TOUCHES } from '../api/roleKeys';
import type { LoadedRole } from '../api/roleKeys';
import { groupPermissions } from '../roleText';

/** Creates a custom role, or edits one (`role` given): name, description, permissions from the module's catalog. */
export function RoleFormDialog({ role, onClose }: { role?: LoadedRole; onClose: () => void }) {
  const navigate = useNavigate();
  const [name, setName] = useState(role?.name ?? '');
  const [description, setDescription] = useState(role?.description ?? '');
  const [perms, setPerms] = useState<Permission[]>(role?.permissions ?? []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const dirty = useDirty({ name, description, perms });
  const save = useApiMutation({
    run: async (api, acting, body: { name: string; description: string; permissions: Permission[] }) =>
      role
        ? resourceClient<LoadedRole>(api, 'roles', acting).update(role.id, body, { ifMatch: role.rev })
        : resourceClient<LoadedRole>(api, 'roles', acting).create(body),
    touches: ROLE_TOUCHES,
    success: (_r, body) => `Role “${body.name}” ${role ? 'saved' : 'created'}`,
    failure: `Could not ${role ? 'save' : 'create'} the role`,
    onSuccess: (saved) => {
      onClose();
      if (!role && saved) void navigate(paths.detail.getHref('roles', saved.id));
    },
  });
  const toggle = (p: Permission) => setPerms((cur) => (cur.includes(p) ? cur.filter((x) => x !== p) : [...cur, p]));
  const submit = () => {
    const checked = fieldErrors(roleCreate, { name, description, permissions: perms });
    const next: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (perms.length === 0) next.permissions = 'Permissions: pick at least one.';
    if (!checked.ok || perms.length === 0) return setErrors(next);
    setErrors({});
    save.mutate({ name: checked.data.name, description: checked.data.description, permissions: perms });
  };
  return (
    <FormDialog
      open
      dirty={dirty}
      title={role ? `Edit role “${role.name}”` : 'Create role'}
      submitLabel={role ? 'Save' : 'Create'}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={onClose}
      maxWidth="md"
    >
      <NameField value={name} onChange={setName} error={errors.name} />
      <DescriptionField value={description} onChange={setDescription} error={errors.description} />
      <FormControl component="fieldset" error={errors.permissions !== undefined}>
        <FormLabel component="legend">Permissions</FormLabel>
        {errors.permissions && <FormHelperText>{errors.permissions}</FormHelperText>}
        {groupPermissions(ALL_PERMISSIONS).map((g) => (
          <FormGroup key={g.type} row aria-label={g.type} sx={{ alignItems: 'center' }}>
            <FormLabel sx={{ width: 110 }}>{g.type}</FormLabel>
            {g.actions.map((a) => {
              const p = `${g.type}:${a}` as Permission;
              return (
                <FormControlLabel
                  key={p}
                  label={a}
                  control={<Checkbox size="small" checked={perms.includes(p)} onChange={() => toggle(p)} slotProps={{ input: { 'aria-label': p } }} />}
                />
              );
            })}
          </FormGroup>
        ))}
      </FormControl>
    </FormDialog>
  );
}
