import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Token } from '../../../../domain/types';
import { tokenState } from '../../../../permissions';
import { formatDateTime, formatRelative, nowSeconds } from '../../../../components/formatTime';
import { formatDuration } from '../model/duration';

type ExpiryFields = Pick<Token, 'enabled' | 'expire' | 'ttl' | 'accessed' | 'created'>;

/** Active / expires in … / expired (as the permission module reads the token), and a ttl in words. */
export function TokenExpiry({ token }: { token: ExpiryFields }) {
  const now = nowSeconds();
  // Expiry is shown on its own; "enabled" has its own column.
  const { state, expiresAt } = tokenState({ ...token, enabled: true }, now);
  const when = expiresAt === null ? undefined : formatDateTime(expiresAt);
  let chip;
  if (state === 'expired')
    chip = <Chip size="small" label={`Expired ${expiresAt === null ? '' : formatRelative(expiresAt, now)}`} color="error" title={when} />;
  else if (expiresAt === null) chip = <Chip size="small" label="Active, never expires" color="success" variant="outlined" />;
  else chip = <Chip size="small" label={`Active, expires ${formatRelative(expiresAt, now)}`} color="success" variant="outlined" title={when} />;
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
      {chip}
      {token.ttl > 0 && (
        <Typography variant="caption" color="text.secondary">
          {`lapses ${formatDuration(token.ttl)} after last use`}
        </Typography>
      )}
    </Stack>
  );
}
