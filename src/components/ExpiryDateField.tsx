import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { localDateIn } from '../lib/days';
import { ExpiryShortcuts } from './ExpiryShortcuts';
import { endOfLocalDay, nowSeconds } from './formatTime';

/** An optional expiry date ('' = never): the unix time at the end of that local day, or what is wrong with it. */
export function readExpiryDate(raw: string, now: number): { expire: number } | { error: string } {
  if (raw === '') return { expire: 0 };
  const end = endOfLocalDay(raw);
  if (end === null) return { error: 'Expires: enter a date, or leave it empty for never.' };
  return end <= now ? { error: 'Expires: the date must be in the future.' } : { expire: end };
}

/** The "Expires" date input of the grant and role-assignment forms, with "+1 / 7 / 30 days" beside it. */
export function ExpiryDateField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
      <TextField
        type="date"
        label="Expires"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error !== undefined}
        helperText={error ?? 'Leave empty for never; it ends at the end of that day.'}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <ExpiryShortcuts onPick={(days) => onChange(localDateIn(nowSeconds(), days))} />
    </Stack>
  );
}
