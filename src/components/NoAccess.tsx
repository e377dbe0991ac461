import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '../lib/paths';
import { useDocumentTitle } from './useDocumentTitle';

interface NoAccessProps {
  /** What was asked for, e.g. "Tokens". */
  what: string;
  /** Why not, e.g. "Only a master token may use Access Management." */
  reason: string;
  /** A further reason, said on its own line (e.g. that a received right cannot be passed on). */
  more?: string;
}

/** Shown instead of a route the token can never use: no data, a reason, a way back. */
export function NoAccess({ what, reason, more }: NoAccessProps) {
  useDocumentTitle(`No access to ${what}`);
  return (
    <Paper component="section" aria-labelledby="no-access-title" sx={{ p: 4, m: 2, maxWidth: 640 }}>
      <Typography id="no-access-title" variant="h5" component="h1" gutterBottom>
        No access to {what}
      </Typography>
      <Typography sx={{ mb: 2 }}>{reason}</Typography>
      {more && <Typography sx={{ mb: 2 }}>{more}</Typography>}
      <Stack direction="row" spacing={2}>
        <Button component={RouterLink} to={paths.myAccess.getHref()} variant="contained">
          See what this token may do
        </Button>
        <Button component={RouterLink} to="/" variant="outlined">
          Go to the start page
        </Button>
      </Stack>
    </Paper>
  );
}
