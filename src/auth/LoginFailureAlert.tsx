import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { DEMO_DATA_LOCAL, useIsDemoMode } from './demoMode';
import type { LoginFailure } from './loginFailure';

/** A refused key: what happened, what to do, and the server's own words (as text). */
export function LoginFailureAlert({ failure }: { failure: LoginFailure }) {
  const demo = useIsDemoMode();
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }}>
      <AlertTitle>{failure.title}</AlertTitle>
      <Typography variant="body2">{failure.advice}</Typography>
      {demo && failure.kind === 'unknown' && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {DEMO_DATA_LOCAL}
        </Typography>
      )}
      {failure.serverReason && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          Server says: “{failure.serverReason}”
        </Typography>
      )}
    </Alert>
  );
}
