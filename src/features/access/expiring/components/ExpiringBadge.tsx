import { visuallyHidden } from '../../../../components/visuallyHidden';
import { useExpiringRows } from '../api/useExpiringRows';
import { BADGE_WINDOW, expiringSoon } from '../routes/expiringRows';

// MUI's warning colour; plain spans because this chunk loads with the shell and any MUI component
// here (Chip, Box) splits a shared chunk off the login route and costs ~1 KB of its budget.
const BADGE = { marginLeft: 8, padding: '0 6px', borderRadius: 16, background: '#ed6c02', color: '#fff', fontSize: '0.75rem', fontWeight: 600 } as const;

/** The menu badge: how many tokens, grants and assignments end within 7 days (part of the link's name). */
export function ExpiringBadge() {
  const state = useExpiringRows();
  if (state.status !== 'success') return null;
  const n = expiringSoon(state.rows, state.now);
  if (n === 0) return null;
  return (
    <>
      <span aria-hidden style={BADGE}>
        {n}
      </span>
      <span style={visuallyHidden}>{`(${n} ending within ${BADGE_WINDOW} days)`}</span>
    </>
  );
}
