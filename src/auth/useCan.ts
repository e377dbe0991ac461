/**
 * `useCan(action, item)`: may the signed-in principal do this? The token kind is answered at once by the
 * permission module (`tokenMayUseType`); the rest by the server's `/platform/access/*` answers, which
 * come from the same module. Screens hide what can never be reached and disable, with `reason`, the rest.
 */
import { useQuery } from '@tanstack/react-query';
import type { Action, Cid } from '../domain/types';
import { useApiClient } from '../lib/ApiClientProvider';
import { tokenMayUseType } from '../permissions';
import type { RecordType } from '../permissions';
import { accessKeys } from './accessKeys';
import { useActingAccount, useRequiredSession } from './SessionProvider';

/** An existing record, or (for `create`) the type and optionally the account it would belong to. */
export type CanItem = { type: RecordType; id: number } | { type: RecordType; cid?: Cid };

export interface CanAnswer {
  allowed: boolean;
  /** The server has not answered yet (allowed is false meanwhile). */
  pending: boolean;
  /** Why not, in words a user can act on. */
  reason?: string;
}

const KIND_REASON = (type: RecordType) =>
  ['subaccounts', 'tokens', 'grants', 'roles', 'role-assignments'].includes(type)
    ? 'Only a master token may use Access Management.'
    : `This token's kind or access list does not cover ${type}.`;

export function useCan(action: Action, item: CanItem): CanAnswer {
  const session = useRequiredSession();
  const acting = useActingAccount();
  const api = useApiClient();
  const byKind = tokenMayUseType(session.info, item.type);
  const isCreate = action === 'create';
  const id = 'id' in item ? item.id : null;
  const entries = useQuery({ ...accessKeys.items(api, acting, item.type, id === null ? [] : [id]), enabled: byKind && !isCreate && id !== null });
  const creatable = useQuery({ ...accessKeys.create(api, acting, item.type), enabled: byKind && isCreate });
  if (!byKind) return { allowed: false, pending: false, reason: KIND_REASON(item.type) };
  const q = isCreate ? creatable : entries;
  if (q.isPending) return { allowed: false, pending: true };
  if (q.isError) return { allowed: false, pending: false, reason: `Could not check access: ${q.error.message.replace(/^[A-Z]+ \S+: /, '')}` };
  if (isCreate) {
    const cids = creatable.data ?? [];
    const cid = 'cid' in item ? item.cid : undefined;
    const ok = cid === undefined ? cids.length > 0 : cids.includes(cid);
    return ok ? { allowed: true, pending: false } : { allowed: false, pending: false, reason: `Nothing lets you create ${item.type} here.` };
  }
  const entry = entries.data?.find((e) => e.id === id && e.type === item.type);
  if (!entry) return { allowed: false, pending: false, reason: 'Not found.' };
  if (entry.permissions.includes(action)) return { allowed: true, pending: false };
  return { allowed: false, pending: false, reason: `No branch, grant or role gives ${item.type}:${action} here.` };
}
