import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';

/**
 * Closing a form that holds unsaved input (Esc, a click outside, Cancel) asks first: `requestClose` closes
 * at once when nothing was typed, else opens "Discard your changes?", whose default is to keep editing.
 * Render `guard` beside the form's dialog.
 */
export function useCloseGuard(dirty: boolean, onClose: () => void, what: string): { requestClose: () => void; guard: ReactNode } {
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  const requestClose = () => (dirty ? setAsking(true) : onClose());
  const keep = () => setAsking(false);
  const guard = (
    <Dialog open={asking} onClose={keep} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>Discard your changes?</DialogTitle>
      <DialogContent>
        <DialogContentText>{`What you entered in “${what}” has not been saved. Discard it, or go back to the form?`}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={keep} autoFocus>
          Keep editing
        </Button>
        <Button
          color="error"
          variant="contained"
          onClick={() => {
            setAsking(false);
            onClose();
          }}
        >
          Discard
        </Button>
      </DialogActions>
    </Dialog>
  );
  return { requestClose, guard };
}
