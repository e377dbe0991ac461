import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { Identity } from '../../auth/useIdentity';

/** The token's account and kind, in the header. */
export function IdentityBadge({ identity }: { identity: Identity }) {
  return (
    <Box role="group" aria-label="Signed in as" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
        {identity.accountName}
      </Typography>
      <Chip size="small" label={`${identity.kindLabel} token`} sx={{ color: 'inherit', borderColor: 'currentColor' }} variant="outlined" />
    </Box>
  );
}
