/**
 * The route table of the panel: each route has the `path` the router matches and a `getHref` that builds
 * a link to it. One fact, one place: screens link with `getHref`, the router and the feature manifests
 * read `path`, and the e2e page objects open screens through the same table. It lives in lib (not app)
 * so that features, components and auth can import it without reaching upward.
 */
import { isInstanceType } from '../domain/types';
import type { Cid, ItemType } from '../domain/types';

/** Tabs of a detail page, per record type (the default tab has no segment). */
export const DETAIL_TABS = {
  subaccounts: ['overview', 'logs', 'access'],
  tokens: ['overview', 'access'],
  grants: ['overview', 'grantees', 'logs'],
  roles: ['overview', 'assignments'],
  devices: ['overview', 'messages', 'telemetry', 'logs', 'access'],
  channels: ['overview', 'logs', 'access'],
  streams: ['overview', 'devices', 'logs', 'access'],
  calcs: ['overview', 'devices', 'logs', 'access'],
  plugins: ['overview', 'devices', 'logs', 'access'],
  groups: ['overview', 'devices', 'logs', 'access'],
} as const satisfies Record<ItemType, readonly string[]>;
export type DetailTab<T extends ItemType> = (typeof DETAIL_TABS)[T][number];

const listPath = (type: ItemType): string => (isInstanceType(type) ? `/${type}` : `/access/${type}`);

const withQuery = (path: string, query: URLSearchParams): string => {
  const s = query.toString();
  return s ? `${path}?${s}` : path;
};

/** Only same-app absolute paths may be a `next` target (no `//host`, no scheme, not the login page). */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login/')) return null;
  return next;
}

export interface LoginOptions {
  /** Where to return after signing in. */
  next?: string | null;
  /** Demo mode: the world the built-in backend should serve. */
  world?: { kind: 'demo' } | { kind: 'large'; seed?: number };
  /** An access link: opening it signs in with this key (see auth/useAccessLink). */
  token?: string;
}

export const paths = {
  home: { path: '/', getHref: (): string => '/' },
  login: {
    path: '/login',
    getHref: (opts: LoginOptions = {}): string => {
      const next = safeNext(opts.next);
      const q = new URLSearchParams(next && next !== '/' ? { next } : {});
      if (opts.world) q.set('world', opts.world.kind);
      if (opts.world?.kind === 'large' && opts.world.seed !== undefined) q.set('seed', String(opts.world.seed));
      if (opts.token !== undefined) q.set('token', opts.token);
      return withQuery('/login', q);
    },
  },
  /** Any record type's list. */
  list: { path: (type: ItemType): string => listPath(type), getHref: (type: ItemType): string => listPath(type) },
  /** Any record type's detail page, optionally on a tab. */
  detail: {
    path: (type: ItemType): string => `${listPath(type)}/:id/:tab?`,
    getHref: <T extends ItemType>(type: T, id: number, tab?: DetailTab<T>): string => `${listPath(type)}/${id}${tab && tab !== 'overview' ? `/${tab}` : ''}`,
  },
  /** The grants list, on the grants made (default) or received. */
  grants: {
    path: listPath('grants'),
    getHref: (opts: { view?: 'made' | 'received' } = {}): string => (opts.view === 'received' ? `${listPath('grants')}?view=received` : listPath('grants')),
  },
  roleAssignments: { path: '/access/roles/assignments', getHref: (): string => '/access/roles/assignments' },
  /** The effective-access explorer, optionally preset to an account or a token. */
  explorer: {
    path: '/access/explorer',
    getHref: (opts: { cid?: Cid; token?: number; type?: ItemType } = {}): string => {
      const q = new URLSearchParams();
      if (opts.cid !== undefined) q.set('cid', String(opts.cid));
      if (opts.token !== undefined) q.set('token', String(opts.token));
      if (opts.type !== undefined) q.set('type', opts.type);
      return withQuery('/access/explorer', q);
    },
  },
  expiring: {
    path: '/access/expiring',
    getHref: (opts: { days?: number } = {}): string => (opts.days !== undefined ? `/access/expiring?days=${opts.days}` : '/access/expiring'),
  },
  /** "My access": what the signed-in token may do, what is shared with its account, where it cannot act (every token). */
  myAccess: { path: '/my-access', getHref: (): string => '/my-access' },
  /** "Check access hygiene": grants and assignments that give nothing any more. */
  hygiene: { path: '/access/hygiene', getHref: (): string => '/access/hygiene' },
  /** Limits (issue 18): what subaccounts may hold, defined by their parent (master tokens). */
  limits: { path: '/access/limits', getHref: (): string => '/access/limits' },
  /** The recycle bin (issue 18): deleted records for 30 days, restorable (master tokens). */
  recycleBin: {
    path: '/access/recycle-bin',
    getHref: (opts: { type?: string } = {}): string => (opts.type ? `/access/recycle-bin?type=${encodeURIComponent(opts.type)}` : '/access/recycle-bin'),
  },
} as const;

/** Reads `:id` of a detail route; null when it is not a positive integer. */
export function parseId(raw: string | undefined): number | null {
  if (!raw || !/^\d{1,15}$/.test(raw)) return null;
  const id = Number(raw);
  return id > 0 ? id : null;
}

/** Reads `:tab` of a detail route; the default tab when absent; null when unknown for the type. */
export function parseTab<T extends ItemType>(type: T, raw: string | undefined): DetailTab<T> | null {
  const tabs: readonly string[] = DETAIL_TABS[type];
  const tab = raw ?? 'overview';
  return tabs.includes(tab) ? (tab as DetailTab<T>) : null;
}
