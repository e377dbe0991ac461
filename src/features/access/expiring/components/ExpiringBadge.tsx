import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { visuallyHidden } from '../../../../components/visuallyHidden';
import { useExpiringRows } from '../api/useExpiringRows';
import { DEFAULT_WINDOW, expiringSoon } from '../routes/expiringRows';

/** The menu badge: how many tokens, grants and assignments end within 7 days (part of the link's name). */
export function ExpiringBadge() {
  const state = useExpiringRows();
  if (state.status !== 'success') return null;
  const n = expiringSoon(state.rows, state.now);
  if (n === 0) return null;
  return (
    <>
      <Chip size="small" color="warning" label={n} aria-hidden sx={{ ml: 1 }} />
      <Box component="span" sx={visuallyHidden}>
        {`(${n} ending within ${DEFAULT_WINDOW} days)`}
      </Box>
    </>
  );
}
