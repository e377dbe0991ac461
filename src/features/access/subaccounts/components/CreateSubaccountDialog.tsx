import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { NameField } from '../../../../components/NameField';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../../lib/paths';
import { accessKeys } from '../../../../auth/accessKeys';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { FormDialog } from '../../../../components/FormDialog';
import { useDirty } from '../../../../components/useDirty';
import { accountCreate } from '../../../../contracts/schemas';
import type { Cid } from '../../../../domain/types';
import { fieldErrors } from '../../../../lib/fieldErrors';
import type { FieldErrors } from '../../../../lib/fieldErrors';
import { useApiMutation } from '../../../../auth/useApiMutation';
import { SUBACCOUNT_TOUCHES } from '../api/subaccountKeys';
import type { Subaccount } from '../api/subaccountKeys';
import { resourceClient } from '../../../../lib/resourceClient';

/** A new account under any account the principal may create subaccounts in (the module's answer). */
export function CreateSubaccountDialog({ name: accountName, onClose }: { name: (cid: Cid) => string; onClose: () => void }) {
  const parents = useActingQuery((api, acting) => accessKeys.create(api, acting, 'subaccounts'));
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [parent, setParent] = useState<Cid | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const dirty = useDirty({ name, parent });
  const chosen = parent ?? parents.data?.[0] ?? null;
  const create = useApiMutation({
    run: (api, acting, body: { name: string; cid: Cid }) => resourceClient<Subaccount>(api, 'subaccounts', acting).create(body),
    touches: SUBACCOUNT_TOUCHES,
    success: (made) => `Subaccount “${made?.name ?? ''}” created`,
    failure: 'Could not create the subaccount',
    onSuccess: (made) => {
      onClose();
      if (made) void navigate(paths.detail.getHref('subaccounts', made.id));
    },
  });
  const submit = () => {
    const checked = fieldErrors(accountCreate, { name, cid: chosen ?? undefined });
    if (!checked.ok || chosen === null) {
      return setErrors({ ...(checked.ok ? {} : checked.errors), ...(chosen === null ? { cid: 'Parent: no account you may create subaccounts under.' } : {}) });
    }
    setErrors({});
    create.mutate({ name: checked.data.name, cid: chosen });
  };
  return (
    <FormDialog
      open
      dirty={dirty}
      title="Create subaccount"
      submitLabel="Create"
      pending={create.isPending}
      error={create.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <NameField value={name} onChange={setName} error={errors.name} />
      <TextField
        select
        label="Parent account"
        value={chosen === null ? '' : String(chosen)}
        onChange={(e) => setParent(Number(e.target.value))}
        error={errors.cid !== undefined}
        helperText={errors.cid ?? 'Accounts may be at most four levels below the root.'}
        disabled={!parents.data || parents.data.length === 0}
      >
        {(parents.data ?? []).map((c) => (
          <MenuItem key={c} value={String(c)}>
            {accountName(c)}
          </MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}
