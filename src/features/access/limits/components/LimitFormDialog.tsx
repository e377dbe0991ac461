import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useApiMutation } from '../../../../auth/useApiMutation';
import { FormDialog } from '../../../../components/FormDialog';
import { DescriptionField } from '../../../../components/DescriptionField';
import { NameField } from '../../../../components/NameField';
import { useDirty } from '../../../../components/useDirty';
import type { LimitAnswer } from '../../../../contracts/limitOperations';
import { limitCreate } from '../../../../contracts/limitSchemas';
import { LIMIT_TYPES, UNBOUNDED } from '../../../../domain/limits';
import type { LimitType } from '../../../../domain/limits';
import { fieldErrors } from '../../../../lib/fieldErrors';
import type { FieldErrors } from '../../../../lib/fieldErrors';
import { limitClient } from '../../../../lib/limitClient';
import type { LimitDraft } from '../../../../lib/limitClient';
import { LIMIT_TOUCHES } from '../api/limitKeys';
import { LIMIT_LABELS } from '../limitWords';

type Counts = Record<LimitType, string>;
const countsOf = (l?: LimitAnswer): Counts => Object.fromEntries(LIMIT_TYPES.map((t) => [t, String(l ? l[t] : UNBOUNDED)])) as Counts;

/** Creates a limit of the acting account, or edits one (`limit` given): a name and a count per type. */
export function LimitFormDialog({ limit, onClose }: { limit?: LimitAnswer; onClose: () => void }) {
  const [name, setName] = useState(limit?.name ?? '');
  const [description, setDescription] = useState(limit?.description ?? '');
  const [counts, setCounts] = useState<Counts>(countsOf(limit));
  const [errors, setErrors] = useState<FieldErrors>({});
  const dirty = useDirty({ name, description, counts });
  const save = useApiMutation({
    run: (api, acting, draft: LimitDraft) => (limit ? limitClient(api, acting).update(limit.id, draft, limit.rev) : limitClient(api, acting).create(draft)),
    touches: LIMIT_TOUCHES,
    success: (_r, d) => `Limit “${d.name}” ${limit ? 'saved' : 'created'}`,
    failure: `Could not ${limit ? 'save' : 'create'} the limit`,
    onSuccess: onClose,
  });
  const submit = () => {
    const numbers = Object.fromEntries(LIMIT_TYPES.map((t) => [t, counts[t].trim() === '' ? Number.NaN : Number(counts[t])]));
    const checked = fieldErrors(limitCreate, { name, ...(description ? { description } : {}), ...numbers });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data as LimitDraft);
  };
  return (
    <FormDialog
      open
      dirty={dirty}
      title={limit ? `Edit limit “${limit.name}”` : 'Create limit'}
      submitLabel={limit ? 'Save' : 'Create'}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={onClose}
      maxWidth="md"
    >
      <NameField value={name} onChange={setName} error={errors.name} />
      <DescriptionField value={description} onChange={setDescription} error={errors.description} />
      <Typography variant="body2" color="text.secondary" id="limit-counts-help">
        How many of each an account holds with its whole subtree. -1: no limit of its own (only the limits above it); 0: none at all.
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: 2 }}>
        {LIMIT_TYPES.map((t) => (
          <TextField
            key={t}
            label={LIMIT_LABELS[t]}
            type="number"
            value={counts[t]}
            onChange={(e) => setCounts((c) => ({ ...c, [t]: e.target.value }))}
            error={errors[t] !== undefined}
            helperText={errors[t]}
            slotProps={{ htmlInput: { min: -1, step: 1, 'aria-describedby': 'limit-counts-help' } }}
          />
        ))}
      </Box>
    </FormDialog>
  );
}
