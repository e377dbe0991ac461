/** The explorer's choices, read from and written to the URL (every view is a deep link). */
import { ACTIONS, INSTANCE_TYPES } from '../../../domain/types';
import type { Action, Cid, InstanceType } from '../../../domain/types';
import { RIGHT_SOURCES } from '../../../permissions';
import type { RightSource } from '../../../permissions';

export type ExplorerSubject = { kind: 'account'; cid: Cid } | { kind: 'token'; id: number };

export interface ExplorerParams {
  /** null: the acting account itself. */
  subject: ExplorerSubject | null;
  /** The account the subject acts as (x-flespi-cid), when not its own. */
  acting: Cid | null;
  type: InstanceType;
  source: RightSource | null;
  permission: Action | null;
  /** An instance id to explain ("why not?"). */
  why: number | null;
}

const positive = (raw: string | null): number | null => {
  if (raw === null || !/^\d{1,15}$/.test(raw)) return null;
  const n = Number(raw);
  return n > 0 ? n : null;
};
const oneOf = <T extends string>(raw: string | null, all: readonly T[]): T | null =>
  raw !== null && (all as readonly string[]).includes(raw) ? (raw as T) : null;

/** Unknown or malformed values fall back to the defaults (a stale link still opens). */
export function readExplorerParams(q: URLSearchParams): ExplorerParams {
  const token = positive(q.get('token'));
  const cid = positive(q.get('cid'));
  return {
    subject: token !== null ? { kind: 'token', id: token } : cid !== null ? { kind: 'account', cid } : null,
    acting: positive(q.get('acting')),
    type: oneOf(q.get('type'), INSTANCE_TYPES) ?? 'devices',
    source: oneOf(q.get('source'), RIGHT_SOURCES),
    permission: oneOf(q.get('permission'), ACTIONS),
    why: positive(q.get('why')),
  };
}

/** Changes some choices; the page goes back to 1 whenever what is listed changes. */
export function writeExplorerParams(q: URLSearchParams, change: Partial<ExplorerParams>): URLSearchParams {
  const next = new URLSearchParams(q);
  const set = (name: string, value: string | number | null) => (value === null ? next.delete(name) : next.set(name, String(value)));
  if ('subject' in change) {
    const s = change.subject ?? null;
    set('cid', s?.kind === 'account' ? s.cid : null);
    set('token', s?.kind === 'token' ? s.id : null);
  }
  if ('acting' in change) set('acting', change.acting ?? null);
  if ('type' in change) set('type', change.type ?? null);
  if ('source' in change) set('source', change.source ?? null);
  if ('permission' in change) set('permission', change.permission ?? null);
  if ('why' in change) set('why', change.why ?? null);
  if (Object.keys(change).some((k) => k !== 'why')) next.delete('page');
  return next;
}

/** Query parameters of `GET /platform/access/<cid>` for these choices. */
export function accessQuery(p: ExplorerParams, q: string): Record<string, string | number | undefined> {
  return {
    type: p.type,
    token: p.subject?.kind === 'token' ? p.subject.id : undefined,
    acting: p.acting ?? undefined,
    source: p.source ?? undefined,
    permission: p.permission ?? undefined,
    q: q.trim() || undefined,
  };
}

/** The account in the request path: the chosen account, else the caller's acting account. */
export const pathCid = (p: ExplorerParams, actingCid: Cid): Cid => (p.subject?.kind === 'account' ? p.subject.cid : actingCid);
