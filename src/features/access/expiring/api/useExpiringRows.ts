import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { nowSeconds } from '../../../../components/formatTime';
import type { ApiClient } from '../../../../lib/apiClient';
import { recordQueries } from '../../../../lib/recordQueries';
import type { ActingScope } from '../../../../lib/recordQueries';
import type { Role } from '../../../../domain/types';
import { describeAssignment } from '../../../../permissions';
import { expiringRows } from '../routes/expiringRows';
import type { ExpiringRow } from '../routes/expiringRows';
import { expiringKeys } from './expiringKeys';

const roles = recordQueries<Role>('roles');

export type ExpiringState = { status: 'pending' } | { status: 'error'; error: Error } | { status: 'success'; rows: ExpiringRow[]; now: number };

/** The four lists the timeline merges (the badge waits for everything else before asking them). */
export const expiringLists = (api: ApiClient, acting: ActingScope) =>
  [expiringKeys.tokens.list(api, acting), expiringKeys.grants.list(api, acting), expiringKeys.assignments.list(api, acting), roles.list(api, acting)] as const;

/**
 * The timeline's rows from the three lists the principal can see (shared by the page and the menu badge).
 * `enabled: false` asks nothing but keeps what is cached.
 */
export function useExpiringRows(enabled = true): ExpiringState & { refetch: () => void } {
  const t = useActingQuery((api, acting) => ({ ...expiringKeys.tokens.list(api, acting), enabled }));
  const g = useActingQuery((api, acting) => ({ ...expiringKeys.grants.list(api, acting), enabled }));
  const a = useActingQuery((api, acting) => ({ ...expiringKeys.assignments.list(api, acting), enabled }));
  const r = useActingQuery((api, acting) => ({ ...roles.list(api, acting), enabled }));
  const accountName = useAccountNames();
  const refetch = () => [t, g, a, r].forEach((q) => void q.refetch());
  const failed = [t, g, a].find((q) => q.isError);
  if (failed?.error) return { status: 'error', error: failed.error, refetch };
  if (!t.data || !g.data || !a.data) return { status: 'pending', refetch };
  const names = new Map((r.data?.result ?? []).map((x) => [x.id, x.name]));
  const now = nowSeconds();
  const rows = expiringRows(t.data.result, g.data.result, a.data.result, now, (x) =>
    describeAssignment(x, (id) => names.get(id) ?? `Role #${id}`, accountName),
  );
  return { status: 'success', rows, now, refetch };
}
