import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { useDocumentTitle } from './useDocumentTitle';

/** An address the panel does not know (or an item that is absent or hidden: both read the same). */
export function NotFound({ what = 'page' }: { what?: string }) {
  const { pathname } = useLocation();
  useDocumentTitle('Not found');
  return (
    <Paper component="section" aria-labelledby="not-found-title" sx={{ p: 4, m: 2, maxWidth: 640 }}>
      <Typography id="not-found-title" variant="h5" component="h1" gutterBottom>
        Not found
      </Typography>
      <Typography sx={{ mb: 2 }}>
        There is no {what} at <code>{pathname}</code>, or it is not visible to you.
      </Typography>
      <Button component={RouterLink} to="/" variant="outlined">
        Go to the start page
      </Button>
    </Paper>
  );
}
