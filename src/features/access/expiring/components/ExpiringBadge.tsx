import { hashKey, useIsFetching } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useActingAccount } from '../../../../auth/SessionProvider';
import { visuallyHidden } from '../../../../components/visuallyHidden';
import { useApiClient } from '../../../../lib/ApiClientProvider';
import { expiringLists, useExpiringRows } from '../api/useExpiringRows';
import { BADGE_WINDOW, expiringSoon } from '../routes/expiringRows';

// MUI's warning colour; plain spans because this chunk loads with the shell and any MUI component
// here (Chip, Box) splits a shared chunk off the login route and costs ~1 KB of its budget.
const BADGE = { marginLeft: 8, padding: '0 6px', borderRadius: 16, background: '#ed6c02', color: '#fff', fontSize: '0.75rem', fontWeight: 600 } as const;

/** The menu badge: how many tokens, grants and assignments end within 7 days (part of the link's name). */
export function ExpiringBadge() {
  const state = useExpiringRows(useNothingElseLoading());
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

/**
 * True while no query but the badge's own lists is loading. The badge's lists are the largest answers of
 * the shell (every token, grant and assignment of the acting account) and the mock answers one request at
 * a time: asked first, they held the page's own rows back (an acting-account switch on the large world
 * waited ~80 ms for them). Disabled queries keep their answer, so the badge stays while the page loads.
 */
function useNothingElseLoading(): boolean {
  const acting = useActingAccount();
  const own = new Set(expiringLists(useApiClient(), acting).map((o) => hashKey(o.queryKey)));
  const others = useIsFetching({ predicate: (q) => !own.has(q.queryHash) });
  // The page's queries start after this render commits: look once they have (a task later).
  const [looked, setLooked] = useState<number | null>(null);
  useEffect(() => {
    const t = setTimeout(() => setLooked(acting.cid));
    return () => clearTimeout(t);
  }, [acting.cid]);
  return looked === acting.cid && others === 0;
}
