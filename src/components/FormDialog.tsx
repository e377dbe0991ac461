import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { isApiError } from '../lib/apiClient';
import { useCloseGuard } from './useCloseGuard';

interface FormDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  pending?: boolean;
  /** A server refusal (its reason names the field); field-level errors go on the fields themselves. */
  error?: unknown;
  /** Unsaved input (see `useDirty`): closing then asks before it is lost. */
  dirty?: boolean;
  /** Called on submit; validate first and return without saving when a field is wrong. */
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
  maxWidth?: 'sm' | 'md' | 'lg';
}

/**
 * A dialog holding a form: fields, the server's refusal if any, Cancel and a submit button. The content
 * scrolls between a fixed title and fixed actions however long it grows.
 */
export function FormDialog(props: FormDialogProps) {
  const { open, title, submitLabel, pending = false, error, dirty = false, onSubmit, onClose, children, maxWidth = 'sm' } = props;
  const titleId = useId();
  const { requestClose, guard } = useCloseGuard(dirty, onClose, title);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!pending) onSubmit();
  };
  return (
    <>
      <Dialog open={open} onClose={pending ? undefined : requestClose} aria-labelledby={titleId} maxWidth={maxWidth} fullWidth>
        {/* A flex column that may shrink: the content scrolls, the actions stay in view. */}
        <Box component="form" onSubmit={submit} noValidate sx={{ display: 'flex', flexDirection: 'column', flex: '1 1 auto', minHeight: 0 }}>
          <DialogTitle id={titleId}>{title}</DialogTitle>
          <DialogContent dividers>
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
            <Button onClick={requestClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" variant="contained" disabled={pending}>
              {pending ? 'Saving…' : submitLabel}
            </Button>
          </DialogActions>
        </Box>
      </Dialog>
      {guard}
    </>
  );
}
