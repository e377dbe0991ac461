import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { FormDialog } from '../../../../components/FormDialog';
import { useDirty } from '../../../../components/useDirty';
import { endOfLocalDay, formatDateTime, nowSeconds } from '../../../../components/formatTime';
import { resourceClient } from '../../../../lib/resourceClient';
import { expiringTouches } from '../api/expiringKeys';
import { useApiMutation } from '../../../../auth/useApiMutation';
import { extendedExpiry } from '../routes/expiringRows';
import type { ExpiringRow } from '../routes/expiringRows';
import { AccessPreview } from '../../../../widgets/accessPreview/AccessPreview';
import { extendPreview, rowTitle } from './rowText';

const CHOICES = [
  { value: '1', label: '+1 day' },
  { value: '7', label: '+7 days' },
  { value: '30', label: '+30 days' },
  { value: '90', label: '+90 days' },
  { value: 'date', label: 'Pick a date' },
] as const;

/** Sets a later `expire` on a token, grant or role assignment, with the what-if preview. */
export function ExtendDialog({ row, onClose }: { row: ExpiringRow; onClose: () => void }) {
  const now = nowSeconds();
  const [choice, setChoice] = useState<string>('7');
  const [date, setDate] = useState('');
  const [touched, setTouched] = useState(false);
  const dirty = useDirty({ choice, date });
  const picked = choice === 'date' ? endOfLocalDay(date) : extendedExpiry(row, now, Number(choice));
  const dateError = choice === 'date' && (picked === null ? 'Enter a date.' : picked <= now ? 'The new expiry date must be in the future.' : null);
  const mutation = useApiMutation({
    run: (api, acting, expire: number) => resourceClient(api, row.kind, acting).update(row.id, { expire }, { ifMatch: row.rev }),
    touches: expiringTouches(row.kind),
    success: (_r, expire) => `${rowTitle(row)} extended to ${formatDateTime(expire)}`,
    failure: `Could not extend ${rowTitle(row)}`,
    onSuccess: onClose,
  });
  const preview = picked !== null && !dateError ? extendPreview(row, picked) : null;
  return (
    <FormDialog
      open
      dirty={dirty}
      title={`Extend ${rowTitle(row)}`}
      submitLabel="Extend"
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onSubmit={() => {
        setTouched(true);
        if (picked !== null && !dateError) mutation.mutate(picked);
      }}
    >
      <Typography>
        {row.expiresAt <= now ? 'Expired' : 'Ends'} {formatDateTime(row.expiresAt)}
        {row.kind === 'tokens' && row.viaTtl ? ' (its ttl lapses then, counting from its last use)' : ''}.
      </Typography>
      <TextField select label="Extend by" value={choice} onChange={(e) => setChoice(e.target.value)}>
        {CHOICES.map((c) => (
          <MenuItem key={c.value} value={c.value}>
            {c.label}
          </MenuItem>
        ))}
      </TextField>
      {choice === 'date' && (
        <TextField
          type="date"
          label="New expiry date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          onBlur={() => setTouched(true)}
          error={touched && Boolean(dateError)}
          helperText={touched && dateError ? dateError : 'The end of that day, local time.'}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      )}
      {picked !== null && !dateError && <Typography>New end: {formatDateTime(picked)}</Typography>}
      {row.kind === 'tokens' ? (
        <Typography color="text.secondary">A token keeps the access of its account; only how long it stays usable changes.</Typography>
      ) : (
        preview && <AccessPreview body={preview} />
      )}
    </FormDialog>
  );
}
