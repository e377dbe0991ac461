import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { isApiError } from '../lib/apiClient';

interface FormDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  pending?: boolean;
  /** A server refusal (its reason names the field); field-level errors go on the fields themselves. */
  error?: unknown;
  /** Called on submit; validate first and return without saving when a field is wrong. */
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
  maxWidth?: 'sm' | 'md' | 'lg';
}

/** A dialog holding a form: fields, the server's refusal if any, Cancel and a submit button. */
export function FormDialog(props: FormDialogProps) {
  const { open, title, submitLabel, pending = false, error, onSubmit, onClose, children, maxWidth = 'sm' } = props;
  const titleId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!pending) onSubmit();
  };
  return (
    <Dialog open={open} onClose={pending ? undefined : onClose} aria-labelledby={titleId} maxWidth={maxWidth} fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {children}
            {error !== undefined && error !== null && (
              <Alert severity="error" role="alert">
                {isApiError(error) ? error.reason : 'Something went wrong.'}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? 'Saving…' : submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
