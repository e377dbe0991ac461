import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';

/** Last resort for a route that failed to render or load (e.g. a chunk missing after a redeploy). */
export function RouteError() {
  const error = useRouteError();
  const text = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : 'Unknown error';
  return (
    <Alert severity="error" role="alert" sx={{ m: 2 }} action={<Button onClick={() => window.location.reload()}>Reload</Button>}>
      <AlertTitle>This page failed</AlertTitle>
      {text}
    </Alert>
  );
}
