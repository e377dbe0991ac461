import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { ExpiryShortcuts } from '../../../../components/ExpiryShortcuts';
import { nowSeconds } from '../../../../components/formatTime';
import { localDateIn } from '../../../../lib/days';

/** The token's "Expire" (a local date and time), with "+1 / 7 / 30 days" that end at the end of that day. */
export function TokenExpireField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
      <TextField
        type="datetime-local"
        label="Expire"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={!!error}
        helperText={error ?? 'The token stops working at this time; empty = no fixed end.'}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <ExpiryShortcuts onPick={(days) => onChange(`${localDateIn(nowSeconds(), days)}T23:59`)} />
    </Stack>
  );
}
