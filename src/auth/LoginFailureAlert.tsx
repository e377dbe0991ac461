import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import type { LoginFailure } from './loginFailure';

/** A refused key: what happened, what to do, and the server's own words (as text). */
export function LoginFailureAlert({ failure }: { failure: LoginFailure }) {
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }}>
      <AlertTitle>{failure.title}</AlertTitle>
      <Typography variant="body2">{failure.advice}</Typography>
      {failure.serverReason && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          Server says: “{failure.serverReason}”
        </Typography>
      )}
    </Alert>
  );
}
