import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { NameField } from '../../../components/NameField';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../lib/paths';
import { accessKeys } from '../../../auth/accessKeys';
import { useActingQuery } from '../../../auth/useActingQuery';
import { useAccountNames } from '../../../auth/useAccountNames';
import { FormDialog } from '../../../components/FormDialog';
import { useDirty } from '../../../components/useDirty';
import { instanceCreate } from '../../../contracts/schemas';
import type { Instance, InstanceType } from '../../../domain/types';
import { fieldErrors } from '../../../lib/fieldErrors';
import type { FieldErrors } from '../../../lib/fieldErrors';
import { resourceClient } from '../../../lib/resourceClient';
import { instanceTouches } from '../api/instanceKeys';
import { useApiMutation } from '../../../auth/useApiMutation';
import { SINGULAR } from '../instanceKinds';
import { EMPTY_FLESPI_DRAFT, FlespiCreateFields, flespiBody } from './FlespiCreateFields';
import type { FlespiDraft } from './FlespiCreateFields';

/** Creates an instance in an account the principal may create in (own branch, or a create-* grant). */
export function CreateInstanceDialog({ type, onClose }: { type: InstanceType; onClose: () => void }) {
  const singular = SINGULAR[type];
  const accounts = useActingQuery((api, acting) => accessKeys.create(api, acting, type));
  const accountName = useAccountNames();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [cid, setCid] = useState<number | null>(null);
  const [flespi, setFlespi] = useState<FlespiDraft>(EMPTY_FLESPI_DRAFT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const dirty = useDirty({ name, cid, flespi });
  const chosen = cid ?? accounts.data?.[0] ?? null;
  const create = useApiMutation({
    run: async (api, acting, body: { name: string; cid: number } & Record<string, unknown>) => resourceClient<Instance>(api, type, acting).create(body),
    touches: instanceTouches(type),
    success: (made) => `${singular} “${made?.name ?? ''}” created`,
    failure: `Could not create the ${singular.toLowerCase()}`,
    onSuccess: (made) => {
      onClose();
      if (made) void navigate(paths.detail.getHref(type, made.id));
    },
  });
  const submit = () => {
    const checked = fieldErrors(instanceCreate, { name, cid: chosen ?? undefined });
    const own = flespiBody(type, flespi);
    if (!checked.ok || chosen === null || !own.ok) {
      setErrors({
        ...(checked.ok ? {} : checked.errors),
        ...(chosen === null ? { cid: 'Account: choose where to create it.' } : {}),
        ...(own.ok ? {} : { [own.field]: own.message }),
      });
      return;
    }
    setErrors({});
    create.mutate({ ...own.body, name: checked.data.name, cid: chosen });
  };
  return (
    <FormDialog
      open
      dirty={dirty}
      title={`Create ${singular.toLowerCase()}`}
      submitLabel="Create"
      pending={create.isPending}
      error={create.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <NameField value={name} onChange={setName} error={errors.name} />
      <FlespiCreateFields type={type} draft={flespi} onChange={setFlespi} errors={{ typeId: errors['typeId'], ident: errors['ident'] }} />
      <TextField
        select
        label="Account"
        value={chosen === null ? '' : String(chosen)}
        onChange={(e) => setCid(Number(e.target.value))}
        error={errors.cid !== undefined}
        helperText={
          errors.cid ??
          (accounts.isPending ? 'Loading the accounts you may create in…' : 'Accounts where your branch, a role or a create grant lets you create.')
        }
        disabled={!accounts.data || accounts.data.length === 0}
      >
        {(accounts.data ?? []).map((c) => (
          <MenuItem key={c} value={String(c)}>
            {accountName(c)}
          </MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}
