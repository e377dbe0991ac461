import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

/** The quick choices of every expiry field, in days from today (each ends at the end of that day). */
export const EXPIRY_SHORTCUTS = [1, 7, 30] as const;

/** "+1 day / +7 days / +30 days" beside an expiry field; `onPick` gets the number of days. */
export function ExpiryShortcuts({ onPick, label = 'Quick expiry' }: { onPick: (days: number) => void; label?: string }) {
  return (
    <Stack direction="row" spacing={1} role="group" aria-label={label} sx={{ alignItems: 'center' }}>
      {EXPIRY_SHORTCUTS.map((d) => (
        <Button key={d} size="small" variant="outlined" onClick={() => onPick(d)}>
          {d === 1 ? '+1 day' : `+${d} days`}
        </Button>
      ))}
    </Stack>
  );
}
