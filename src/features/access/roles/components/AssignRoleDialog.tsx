import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useIdentity } from '../../../../auth/useIdentity';
import { FormDialog } from '../../../../components/FormDialog';
import { useDirty } from '../../../../components/useDirty';
import { nowSeconds } from '../../../../components/formatTime';
import type { Cid } from '../../../../domain/types';
import { useApiMutation } from '../../../../auth/useApiMutation';
import { AccessPreview } from '../../../../widgets/accessPreview/AccessPreview';
import { ASSIGNMENT_TOUCHES, roleKeys } from '../api/roleKeys';
import { resourceClient } from '../../../../lib/resourceClient';
import type { LoadedAssignment } from '../api/roleKeys';
import { assignmentDraft, prefilledAssignmentForm } from '../model/assignmentDraft';
import type { AssignmentDraft, AssignmentForm, DraftErrors, ScopePrefill } from '../model/assignmentDraft';
import { permissionSummary } from '../roleText';
import { ScopePicker } from './ScopePicker';
import { ExpiryDateField } from '../../../../components/ExpiryDateField';

/** Assigns a role to an account over a scope (`scope`: pre-filled from an item's page), with an optional expiry; shows who gains what before saving. */
export function AssignRoleDialog({ roleId, scope, onClose }: { roleId?: number; scope?: ScopePrefill; onClose: () => void }) {
  const identity = useIdentity();
  const roles = useActingQuery((api, acting) => roleKeys.list(api, acting));
  const [form, setForm] = useState<AssignmentForm>(() => prefilledAssignmentForm(roleId ?? null, scope));
  const [errors, setErrors] = useState<DraftErrors>({});
  const dirty = useDirty(form);
  const set = (change: Partial<AssignmentForm>) => setForm((f) => ({ ...f, ...change }));
  const roleName = (id: number) => roles.data?.result.find((r) => r.id === id)?.name ?? `Role #${id}`;
  const accountName = useAccountNames();
  const nameOf = (cid: Cid) => identity.accounts.find((a) => a.id === cid)?.name ?? accountName(cid);
  const assign = useApiMutation({
    run: async (api, acting, draft: AssignmentDraft) => resourceClient<LoadedAssignment>(api, 'role-assignments', acting).create(draft),
    touches: ASSIGNMENT_TOUCHES,
    success: (_a, d) => `Role “${roleName(d.role_id)}” assigned to ${nameOf(d.subject_cid)}`,
    failure: 'Could not assign the role',
    onSuccess: onClose,
  });
  const checked = assignmentDraft(form, nowSeconds());
  const submit = () => {
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    assign.mutate(checked.draft);
  };
  const selectedRole = roles.data?.result.find((r) => r.id === form.roleId);
  return (
    <FormDialog
      open
      dirty={dirty}
      title="Assign role"
      submitLabel="Assign"
      pending={assign.isPending}
      error={assign.error}
      onSubmit={submit}
      onClose={onClose}
      maxWidth="md"
    >
      <TextField
        select
        label="Role"
        required
        autoFocus
        value={form.roleId ?? ''}
        onChange={(e) => set({ roleId: Number(e.target.value) })}
        error={errors.role !== undefined}
        helperText={errors.role ?? (selectedRole ? permissionSummary(selectedRole.permissions) : 'What the subject may do over the scope.')}
      >
        {(roles.data?.result ?? []).map((r) => (
          <MenuItem key={r.id} value={r.id}>
            {r.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label="Subject"
        required
        value={form.subject ?? ''}
        onChange={(e) => set({ subject: Number(e.target.value) })}
        error={errors.subject !== undefined}
        helperText={errors.subject ?? 'The account that gets the role.'}
      >
        {identity.accounts.map((a) => (
          <MenuItem key={a.id} value={a.id}>
            {a.name} (#{a.id})
          </MenuItem>
        ))}
      </TextField>
      <ScopePicker
        value={form}
        onChange={set}
        accounts={identity.accounts}
        error={errors.scope}
        itemName={scope?.kind === 'instance' ? scope.name : undefined}
      />
      <ExpiryDateField value={form.expiry} onChange={(expiry) => set({ expiry })} error={errors.expiry} />
      {checked.ok && <AccessPreview body={{ assignment: checked.draft }} />}
    </FormDialog>
  );
}
