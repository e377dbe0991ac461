import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { isApiError } from '../lib/apiClient';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, including what goes with it (and a what-if preview where one applies). */
  children: ReactNode;
  confirmLabel: string;
  /** Red button for changes that remove or take away. */
  destructive?: boolean;
  /** A delete: says the record(s) can be restored from the recycle bin for 30 days (issue 18). */
  restorable?: boolean;
  pending?: boolean;
  /** Keeps the confirm button disabled (e.g. until a lock-out risk is acknowledged). */
  confirmDisabled?: boolean;
  /** The last failure, shown in the dialog (it stays open so the user can retry or cancel). */
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before a destructive change; Cancel has the focus so Enter never destroys by accident. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const {
    open,
    title,
    children,
    confirmLabel,
    destructive = false,
    restorable = false,
    pending = false,
    confirmDisabled = false,
    error,
    onConfirm,
    onClose,
  } = props;
  const titleId = useId();
  return (
    <Dialog open={open} onClose={pending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {children}
        {restorable && (
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            It can be restored from the recycle bin (Access Management → Recycle bin) for 30 days.
          </Typography>
        )}
        {error !== undefined && error !== null && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {isApiError(error) ? error.reason : 'Something went wrong.'}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending} autoFocus>
          Cancel
        </Button>
        <Button onClick={onConfirm} disabled={pending || confirmDisabled} color={destructive ? 'error' : 'primary'} variant="contained">
          {pending ? 'Working…' : confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
