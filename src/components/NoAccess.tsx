import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { useDocumentTitle } from './useDocumentTitle';

interface NoAccessProps {
  /** What was asked for, e.g. "Tokens". */
  what: string;
  /** Why not, e.g. "Only a master token may use Access Management." */
  reason: string;
}

/** Shown instead of a route the token can never use: no data, a reason, a way back. */
export function NoAccess({ what, reason }: NoAccessProps) {
  useDocumentTitle(`No access to ${what}`);
  return (
    <Paper component="section" aria-labelledby="no-access-title" sx={{ p: 4, m: 2, maxWidth: 640 }}>
      <Typography id="no-access-title" variant="h5" component="h1" gutterBottom>
        No access to {what}
      </Typography>
      <Typography sx={{ mb: 2 }}>{reason}</Typography>
      <Button component={RouterLink} to="/" variant="outlined">
        Go to the start page
      </Button>
    </Paper>
  );
}
