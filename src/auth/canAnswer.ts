/** The pure part of `useCan`: from the token-kind prediction and the server's answers to `{allowed, reason}`. */
import type { Action, Cid } from '../domain/types';
import type { RecordType } from '../permissions';
import type { NamedAccessEntry } from './accessKeys';

/** An existing record, or (for `create`) the type and optionally the account it would belong to. */
export type CanItem = { type: RecordType; id: number } | { type: RecordType; cid?: Cid };

export interface CanAnswer {
  allowed: boolean;
  /** The server has not answered yet (allowed is false meanwhile). */
  pending: boolean;
  /** Why not, in words a user can act on. */
  reason?: string;
}

const PLATFORM: readonly RecordType[] = ['subaccounts', 'tokens', 'grants', 'roles', 'role-assignments'];

export type ServerAnswer<T> = { status: 'pending' } | { status: 'error'; reason: string } | { status: 'success'; data: T };

export function canAnswer(
  action: Action,
  item: CanItem,
  byKind: boolean,
  server: ServerAnswer<readonly NamedAccessEntry[] | readonly Cid[]>,
): CanAnswer {
  if (!byKind) {
    const reason = PLATFORM.includes(item.type)
      ? 'Only a master token may use Access Management.'
      : `This token's kind or access list does not cover ${item.type}.`;
    return { allowed: false, pending: false, reason };
  }
  if (server.status === 'pending') return { allowed: false, pending: true };
  if (server.status === 'error') return { allowed: false, pending: false, reason: `Could not check access: ${server.reason}` };
  if (action === 'create') {
    const cids = server.data as readonly Cid[];
    const cid = 'cid' in item ? item.cid : undefined;
    const ok = cid === undefined ? cids.length > 0 : cids.includes(cid);
    return ok ? { allowed: true, pending: false } : { allowed: false, pending: false, reason: `Nothing lets you create ${item.type} here.` };
  }
  const id = 'id' in item ? item.id : null;
  const entry = (server.data as readonly NamedAccessEntry[]).find((e) => e.id === id && e.type === item.type);
  if (!entry) return { allowed: false, pending: false, reason: 'Not found.' };
  if (entry.permissions.includes(action)) return { allowed: true, pending: false };
  return { allowed: false, pending: false, reason: `No branch, grant or role gives ${item.type}:${action} here.` };
}
