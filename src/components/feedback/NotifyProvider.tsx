import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { NotifyContext } from './notifyContext';
import type { NotifySeverity } from './notifyContext';

interface Toast {
  id: number;
  message: string;
  severity: NotifySeverity;
}

/**
 * One toast at a time, newest wins. Success toasts are a polite status; failures an alert that stays
 * until dismissed (a failure the user did not read is a failure they will repeat).
 */
export function NotifyProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<Toast | null>(null);
  const notify = useCallback((message: string, severity: NotifySeverity = 'success') => {
    setToast({ id: Date.now() + Math.random(), message, severity });
  }, []);
  const close = (_e?: unknown, why?: string) => {
    if (why !== 'clickaway') setToast(null);
  };
  return (
    <NotifyContext value={notify}>
      {children}
      <Snackbar
        key={toast?.id}
        open={toast !== null}
        autoHideDuration={toast?.severity === 'error' ? null : 6000}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        {toast ? (
          <Alert
            onClose={close}
            severity={toast.severity}
            variant="filled"
            role={toast.severity === 'error' ? 'alert' : 'status'}
            data-testid="toast"
            sx={{ whiteSpace: 'pre-line' }}
          >
            {toast.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </NotifyContext>
  );
}
