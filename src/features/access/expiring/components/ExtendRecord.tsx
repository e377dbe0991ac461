/** The extend flow for one grant or role assignment known only by id (e.g. the explorer's "why not?"). */
import { useQuery } from '@tanstack/react-query';
import { useActingAccount } from '../../../../auth/SessionProvider';
import { useApiClient } from '../../../../lib/ApiClientProvider';
import { resourceClient } from '../../../../lib/resourceClient';
import type { LoadedAssignment, LoadedGrant } from '../api/expiringKeys';
import type { ExpiringRow } from '../routes/expiringRows';
import { ExtendDialog } from './ExtendDialog';

export interface ExtendRecordProps {
  kind: 'grants' | 'role-assignments';
  id: number;
  /** How the record is called where the flow was opened from (an assignment has no name of its own). */
  name: string;
  onClose: () => void;
}

export function ExtendRecord({ kind, id, name, onClose }: ExtendRecordProps) {
  const api = useApiClient();
  const acting = useActingAccount();
  const q = useQuery({
    queryKey: [kind, acting.cid, 'extend', id] as const,
    queryFn: () => resourceClient<LoadedGrant | LoadedAssignment>(api, kind, acting).getOne(id),
  });
  const r = q.data;
  if (!r) return null;
  const base = { id, name, expiresAt: r.expire, rev: r.rev };
  const row: ExpiringRow = 'role_id' in r ? { ...base, kind: 'role-assignments', record: r } : { ...base, kind: 'grants', record: r };
  return <ExtendDialog row={row} onClose={onClose} />;
}
