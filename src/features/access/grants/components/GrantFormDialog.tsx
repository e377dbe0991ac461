import AddIcon from '@mui/icons-material/Add';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { NameField } from '../../../../components/NameField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../../lib/paths';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { FormDialog } from '../../../../components/FormDialog';
import { useDirty } from '../../../../components/useDirty';
import { nowSeconds } from '../../../../components/formatTime';
import type { Cid, GrantItem } from '../../../../domain/types';
import { useDebounced } from '../../../../lib/useDebounced';
import { AccessPreview } from '../../../../widgets/accessPreview/AccessPreview';
import { useSaveGrant } from '../api/grantMutations';
import type { LoadedGrant } from '../api/grantKeys';
import { emptyGrantForm, formOfGrant, grantDraft, newItem, prefilledGrantForm } from '../model/grantDraft';
import type { GrantErrors, GrantForm, GrantPrefill, ItemForm } from '../model/grantDraft';
import { useGrantAccounts } from '../useGrantAccounts';
import { useGrantItemNames } from '../api/useGrantItemNames';
import { GrantItemRow } from './GrantItemRow';
import { ExpiryDateField } from '../../../../components/ExpiryDateField';

const NO_ITEMS: GrantItem[] = [];

/**
 * Creates a grant, or edits one (`grant` given); shows before saving who gains or loses what. `prefill`
 * starts a new grant from an item's page (stay there: no navigation to the new grant).
 */
export function GrantFormDialog({ grant, prefill, onClose }: { grant?: LoadedGrant; prefill?: GrantPrefill; onClose: () => void }) {
  const navigate = useNavigate();
  const nameOf = useAccountNames();
  const accounts = useGrantAccounts();
  const itemName = useGrantItemNames(grant?.items ?? NO_ITEMS);
  const [form, setForm] = useState<GrantForm>(() => (grant ? formOfGrant(grant, () => undefined) : prefill ? prefilledGrantForm(prefill) : emptyGrantForm()));
  const [errors, setErrors] = useState<GrantErrors>({});
  const dirty = useDirty(form);
  const set = (change: Partial<GrantForm>) => setForm((f) => ({ ...f, ...change }));
  const setItem = (i: number, item: ItemForm) => set({ items: form.items.map((x, j) => (j === i ? item : x)) });
  const save = useSaveGrant(grant, (saved) => {
    onClose();
    if (!grant && !prefill && saved) void navigate(paths.detail.getHref('grants', saved.id));
  });
  const checked = grantDraft(form, nowSeconds(), grant);
  // The name changes nothing about access: left out, so typing it does not ask again.
  // The typed name goes with the draft: the preview speaks of "the new grant “…”" (issue 20).
  const previewDraft = useDebounced(checked.ok ? { ...checked.draft, ...(grant ? { id: grant.id } : {}) } : null, 300);
  const submit = () => {
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.draft);
  };
  const grantees = accounts.addressable.filter((a) => a.id !== form.grantor);
  return (
    <FormDialog
      open
      dirty={dirty}
      title={grant ? `Edit grant “${grant.name}”` : 'Create grant'}
      submitLabel={grant ? 'Save' : 'Create'}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={onClose}
      maxWidth="md"
    >
      <NameField value={form.name} onChange={(name) => set({ name })} error={errors.name} />
      {grant ? (
        <TextField
          label="Grantor"
          value={`${nameOf(grant.cid)} (#${grant.cid})`}
          slotProps={{ htmlInput: { readOnly: true } }}
          helperText="A grant keeps its grantor."
        />
      ) : (
        <TextField
          select
          label="Grantor"
          required
          value={form.grantor ?? ''}
          onChange={(e) => set({ grantor: Number(e.target.value), items: form.items.map((i) => ({ ...i, ids: [] })) })}
          error={errors.grantor !== undefined}
          helperText={errors.grantor ?? 'The account that shares its own instances or subaccounts.'}
        >
          {accounts.grantors.map((cid) => (
            <MenuItem key={cid} value={cid}>
              {nameOf(cid)} (#{cid})
            </MenuItem>
          ))}
        </TextField>
      )}
      <Autocomplete
        multiple
        disableCloseOnSelect
        options={grantees.map((a) => a.id)}
        value={form.grantees}
        onChange={(_e, v: Cid[]) => set({ grantees: v })}
        getOptionLabel={(cid) => `${nameOf(cid)} (#${cid})`}
        renderInput={(params) => (
          <TextField
            {...params}
            label="Grantees"
            error={errors.grantees !== undefined}
            helperText={errors.grantees ?? 'The accounts that receive it (none yet is allowed: link them later).'}
          />
        )}
      />
      <Stack spacing={1.5} component="section" aria-label="Items">
        <Typography variant="subtitle2">Items</Typography>
        {form.items.map((item, i) => (
          <GrantItemRow
            key={item.key}
            item={item}
            index={i}
            grantor={form.grantor}
            subaccounts={form.grantor === null ? [] : accounts.subaccountsOf(form.grantor)}
            errors={errors}
            onChange={(next) => setItem(i, next)}
            nameOf={itemName}
            onRemove={() => set({ items: form.items.filter((_x, j) => j !== i) })}
          />
        ))}
        {form.items.length === 0 && <Typography color="text.secondary">No items: the grant gives nothing until you add one.</Typography>}
        <Button startIcon={<AddIcon />} onClick={() => set({ items: [...form.items, newItem()] })} sx={{ alignSelf: 'flex-start' }}>
          Add item
        </Button>
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <ExpiryDateField value={form.expiry} onChange={(expiry) => set({ expiry })} error={errors.expiry} />
        <FormControlLabel control={<Switch checked={form.enabled} onChange={(e) => set({ enabled: e.target.checked })} />} label="Enabled" />
      </Stack>
      {previewDraft ? (
        <AccessPreview body={{ grant: previewDraft }} />
      ) : (
        <Typography color="text.secondary">The preview of who gains what appears once the grant is complete.</Typography>
      )}
    </FormDialog>
  );
}
