import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import type { LockoutWarning } from './useLockoutWarning';

/**
 * What a confirm dialog shows of `useLockoutWarning`: the risk, and the acknowledgement it needs.
 * role=status: it is part of the question (announced politely), not a failure (the dialog's own alert).
 */
export function LockoutNotice({ warning }: { warning: LockoutWarning }) {
  const { risk, pending, error } = warning;
  if (pending) return <Typography color="text.secondary" sx={{ mt: 1 }}>Checking whether this locks anyone out…</Typography>;
  if (error) return <Typography color="text.secondary" sx={{ mt: 1 }}>Could not check for a lock-out ({error}); the server checks again.</Typography>;
  if (!risk) return null;
  if (!risk.confirmable) {
    return (
      <Alert severity="error" role="status" sx={{ mt: 2 }}>
        <AlertTitle>This would lock the root account out</AlertTitle>
        {risk.message} The server refuses this change.
      </Alert>
    );
  }
  return (
    <Alert severity="warning" role="status" sx={{ mt: 2 }}>
      <AlertTitle>You could lock yourself out</AlertTitle>
      {risk.message}
      <FormControlLabel
        sx={{ display: 'flex', mt: 1 }}
        control={<Checkbox checked={warning.acknowledged} onChange={(e) => warning.setAcknowledged(e.target.checked)} />}
        label="I understand; go ahead anyway"
      />
    </Alert>
  );
}
