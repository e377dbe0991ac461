/**
 * The pure part of `useCan`: from the token-kind prediction and the server's answers to `{allowed, reason}`.
 * Every reason is the permission module's refusal text.
 */
import type { Action, Cid } from '../domain/types';
import { REFUSE } from '../permissions';
import type { RecordType, Refusal } from '../permissions';
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

export type ServerAnswer<T> = { status: 'pending' } | { status: 'error'; reason: string } | { status: 'success'; data: T };

export function canAnswer(
  action: Action,
  item: CanItem,
  /** The module's `typeRefusal` for the token and the item's type (null: its kind may reach the type). */
  byKind: Refusal | null,
  server: ServerAnswer<readonly NamedAccessEntry[] | readonly Cid[]>,
): CanAnswer {
  if (byKind) return { allowed: false, pending: false, reason: byKind.message };
  if (server.status === 'pending') return { allowed: false, pending: true };
  if (server.status === 'error') return { allowed: false, pending: false, reason: `Could not check access: ${server.reason}` };
  if (action === 'create') {
    const cids = server.data as readonly Cid[];
    const cid = 'cid' in item ? item.cid : undefined;
    const ok = cid === undefined ? cids.length > 0 : cids.includes(cid);
    const refusal = cid === undefined ? REFUSE.noCreateAnywhere(item.type) : REFUSE.noCreate(item.type, cid);
    return ok ? { allowed: true, pending: false } : { allowed: false, pending: false, reason: refusal.message };
  }
  const id = 'id' in item ? item.id : null;
  const entry = (server.data as readonly NamedAccessEntry[]).find((e) => e.id === id && e.type === item.type);
  if (!entry) return { allowed: false, pending: false, reason: REFUSE.notVisible().message };
  if (entry.permissions.includes(action)) return { allowed: true, pending: false };
  return { allowed: false, pending: false, reason: REFUSE.noRule(action, item.type).message };
}
