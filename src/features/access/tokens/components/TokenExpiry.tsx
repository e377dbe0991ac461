import Chip from '@mui/material/Chip';
import type { Token } from '../../../../domain/types';
import { tokenState } from '../../../../permissions';
import { formatDateTime, formatRelative, nowSeconds } from '../../../../components/formatTime';

/** Active / expires in … / expired / disabled, as the permission module reads the token. */
export function TokenExpiry({ token }: { token: Pick<Token, 'enabled' | 'expire' | 'ttl' | 'accessed'> }) {
  const now = nowSeconds();
  const { state, expiresAt } = tokenState(token, now);
  const when = expiresAt === null ? undefined : formatDateTime(expiresAt);
  if (state === 'disabled') return <Chip size="small" label="Disabled" color="default" />;
  if (state === 'expired') return <Chip size="small" label={`Expired ${expiresAt === null ? '' : formatRelative(expiresAt, now)}`} color="error" title={when} />;
  if (expiresAt === null) return <Chip size="small" label="Active, never expires" color="success" variant="outlined" />;
  return <Chip size="small" label={`Active, expires ${formatRelative(expiresAt, now)}`} color="success" variant="outlined" title={when} />;
}
