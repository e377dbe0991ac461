/**
 * The write routes (POST, PUT, PATCH, DELETE) of the handlers' own route table, and for one concrete
 * request the records it names: the records its path's first selector picks (the container or grant of a
 * membership or grantee-link path), the acting account for `/platform/customer`. A new write route is
 * covered without editing the matrix.
 */
import type { RequestHandler } from 'msw';
import type { World } from '../../../src/domain/types';
import type { RecordType } from '../../../src/permissions';
import type { OracleView } from './oracleView';
import { RECORD_TYPES } from './oracleView';
import { idsOf } from './routeCalls';
import type { Rand } from './routeCalls';
import { recordKey } from './worldSnapshot';

export const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type WriteMethod = (typeof WRITE_METHODS)[number];

export interface WriteRoute {
  method: WriteMethod;
  /** As the route table spells it, without MSW's leading `*`: `/gw/groups/:sel/devices/:dsel`. */
  path: string;
}

const isWriteMethod = (m: unknown): m is WriteMethod => typeof m === 'string' && (WRITE_METHODS as readonly string[]).includes(m);

export function writeRoutes(handlers: readonly RequestHandler[]): WriteRoute[] {
  const out: WriteRoute[] = [];
  for (const h of handlers) {
    const info = h.info as { method?: unknown; path?: unknown };
    if (isWriteMethod(info.method) && typeof info.path === 'string') out.push({ method: info.method, path: info.path.replace(/^\*/, '') });
  }
  return out;
}

/** A record type of the module, or a limit (issue 18: not a record type of the permission module). */
export type WriteType = RecordType | 'limits';

/** The record type a path segment names (`customer` is the acting account). */
const SEGMENT_TYPES: Readonly<Record<string, WriteType>> = Object.fromEntries([
  ...RECORD_TYPES.map((t) => [t, t]),
  ['grantors', 'grants'],
  ['customer', 'subaccounts'],
  ['limits', 'limits'],
]);

const idsOfType = (w: World, type: WriteType): number[] => (type === 'limits' ? (w.limits ?? []).map((l) => l.id) : idsOf(w, type));
export const mayRead = (view: OracleView, type: WriteType, id: number): boolean => (type === 'limits' ? !!view.mayLimit?.(id) : view.may(type, id));

/** The record type of a route: its first segment that names one (`/gw/groups/:sel/devices/:dsel` → groups). */
export function routeType(path: string): WriteType | null {
  for (const seg of path.split('/')) {
    const t = SEGMENT_TYPES[seg];
    if (t) return t;
  }
  return null;
}

export interface FilledPath {
  url: string;
  /** `type:id` of the records the path names. */
  named: Set<string>;
}

/** A selector of ids: readable, unreadable, missing, a pair, or `all`. */
function selectorFor(type: WriteType, w: World, view: OracleView, r: Rand): string {
  const ids = idsOfType(w, type);
  // Built-in roles are readable by everyone and never change: prefer custom ones so role writes can be allowed.
  const custom = type === 'roles' ? new Set(w.roles.filter((x) => !x.builtin).map((x) => x.id)) : null;
  const readable = ids.filter((id) => mayRead(view, type, id) && (!custom || custom.has(id) || r(4) === 0));
  const hidden = ids.filter((id) => !mayRead(view, type, id));
  const roll = r(20);
  const pick = (xs: readonly number[]): number | undefined => xs[r(xs.length)];
  if (roll === 0) return 'all';
  if (roll === 1) return '999999';
  if (roll === 2 && ids.length > 1) return `${pick(ids) ?? 1},${pick(ids) ?? 1}`;
  if (roll <= 5) return String(pick(hidden) ?? pick(ids) ?? 999999);
  return String(pick(readable) ?? pick(ids) ?? 999999);
}

/** The ids a selector of this harness picks among the records of the world before the write. */
function selected(sel: string, type: WriteType, w: World): number[] {
  if (sel === 'all') return idsOfType(w, type);
  return sel.split(',').map(Number);
}

export function fillWritePath(route: WriteRoute, w: World, view: OracleView, r: Rand, actingCid: number): FilledPath {
  const named = new Set<string>();
  const segments = route.path.split('/');
  let first = true;
  const filled = segments.map((seg, i) => {
    if (!seg.startsWith(':')) return seg;
    const type = SEGMENT_TYPES[segments[i - 1] ?? ''] ?? 'devices';
    const sel = selectorFor(type, w, view, r);
    if (first) for (const id of selected(sel, type, w)) named.add(recordKey(type, id));
    first = false;
    return sel;
  });
  if (segments.at(-1) === 'customer') named.add(recordKey('subaccounts', actingCid));
  return { url: filled.join('/'), named };
}
