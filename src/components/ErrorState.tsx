import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { isApiError } from '../lib/apiClient';

/** What went wrong, in the server's words (as text), with a retry when one may help. */
export function ErrorState({ error, title = 'Could not load', onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const reason = isApiError(error) ? error.reason : 'Something went wrong.';
  const status = isApiError(error) && error.status > 0 ? ` (HTTP ${error.status})` : '';
  return (
    <Alert
      severity="error"
      role="alert"
      sx={{ m: 2 }}
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {reason}
      {status}
    </Alert>
  );
}
