import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { LockoutWarning } from './useLockoutWarning';

/**
 * What a confirm dialog shows of `useLockoutWarning`: the risk, and the acknowledgement it needs.
 * role=status: it is part of the question (announced politely), not a failure (the dialog's own alert).
 */
export function LockoutNotice({ warning }: { warning: LockoutWarning }) {
  const { risk, pending, error } = warning;
  if (pending)
    return (
      <Typography color="text.secondary" sx={{ mt: 1 }}>
        Checking whether this locks anyone out…
      </Typography>
    );
  if (error)
    return (
      <Typography color="text.secondary" sx={{ mt: 1 }}>
        Could not check for a lock-out ({error}); the server checks again.
      </Typography>
    );
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
      {/* A native checkbox: MUI's would split a shared chunk off the login route (size budget). */}
      <Box component="label" sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1, cursor: 'pointer' }}>
        <input type="checkbox" checked={warning.acknowledged} onChange={(e) => warning.setAcknowledged(e.target.checked)} style={{ width: 18, height: 18 }} />I
        understand; go ahead anyway
      </Box>
    </Alert>
  );
}
