/**
 * Every route of the panel, as typed builders (links) and patterns (the router). One fact, one place:
 * a screen links with `paths.*`, the router matches `routePatterns.*`; nothing else spells a URL.
 */
import { isInstanceType } from '../domain/types';
import type { Cid, InstanceType, ItemType, PlatformType } from '../domain/types';

/** Tabs of a detail page, per record type (the default tab has no segment). */
export const DETAIL_TABS = {
  subaccounts: ['overview', 'logs', 'access'],
  tokens: ['overview', 'access'],
  grants: ['overview', 'grantees', 'logs'],
  roles: ['overview', 'assignments'],
  devices: ['overview', 'logs', 'access'],
  channels: ['overview', 'logs', 'access'],
  streams: ['overview', 'devices', 'logs', 'access'],
  calcs: ['overview', 'devices', 'logs', 'access'],
  plugins: ['overview', 'devices', 'logs', 'access'],
  groups: ['overview', 'devices', 'logs', 'access'],
} as const satisfies Record<ItemType, readonly string[]>;
export type DetailTab<T extends ItemType> = (typeof DETAIL_TABS)[T][number];

const listPath = (type: ItemType): string => (isInstanceType(type) ? `/${type}` : `/access/${type}`);

/** Only same-app absolute paths may be a `next` target (no `//host`, no scheme, not the login page). */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login/')) return null;
  return next;
}

export const paths = {
  home: (): string => '/',
  /** `next`: where to return after signing in; `world` (demo mode): the world the built-in backend should serve. */
  login: (opts: { next?: string | null; world?: { kind: 'demo' } | { kind: 'large'; seed?: number } } = {}): string => {
    const next = safeNext(opts.next);
    const q = new URLSearchParams(next && next !== '/' ? { next } : {});
    if (opts.world) q.set('world', opts.world.kind);
    if (opts.world?.kind === 'large' && opts.world.seed !== undefined) q.set('seed', String(opts.world.seed));
    const query = q.toString();
    return query ? `/login?${query}` : '/login';
  },
  /** An access link: opening it signs in with the key (see auth/useAccessLink); `origin` e.g. location.origin. */
  accessLink: (origin: string, key: string): string => `${origin}/login?${new URLSearchParams({ token: key }).toString()}`,
  /** Any record type's list. */
  list: (type: ItemType): string => listPath(type),
  /** Any record type's detail page, optionally on a tab. */
  detail: <T extends ItemType>(type: T, id: number, tab?: DetailTab<T>): string =>
    `${listPath(type)}/${id}${tab && tab !== 'overview' ? `/${tab}` : ''}`,
  access: {
    list: (type: PlatformType): string => listPath(type),
    subaccounts: (): string => '/access/subaccounts',
    tokens: (): string => '/access/tokens',
    grants: (opts: { view?: 'made' | 'received' } = {}): string =>
      opts.view === 'received' ? '/access/grants?view=received' : '/access/grants',
    roles: (): string => '/access/roles',
    roleAssignments: (): string => '/access/roles/assignments',
    /** The effective-access explorer, optionally preset to an account or a token. */
    explorer: (opts: { cid?: Cid; token?: number; type?: ItemType } = {}): string => {
      const q = new URLSearchParams();
      if (opts.cid !== undefined) q.set('cid', String(opts.cid));
      if (opts.token !== undefined) q.set('token', String(opts.token));
      if (opts.type !== undefined) q.set('type', opts.type);
      const s = q.toString();
      return s ? `/access/explorer?${s}` : '/access/explorer';
    },
    expiring: (opts: { days?: number } = {}): string =>
      opts.days !== undefined ? `/access/expiring?days=${opts.days}` : '/access/expiring',
    /** "Check access hygiene": grants and assignments that give nothing any more. */
    hygiene: (): string => '/access/hygiene',
  },
  instances: {
    list: (type: InstanceType): string => listPath(type),
    devices: (): string => '/devices',
    channels: (): string => '/channels',
    streams: (): string => '/streams',
    calcs: (): string => '/calcs',
    plugins: (): string => '/plugins',
    groups: (): string => '/groups',
  },
} as const;

/** Patterns for the router (react-router syntax). */
export const routePatterns = {
  login: '/login',
  list: (type: ItemType): string => listPath(type),
  detail: (type: ItemType): string => `${listPath(type)}/:id/:tab?`,
  roleAssignments: '/access/roles/assignments',
  explorer: '/access/explorer',
  expiring: '/access/expiring',
  hygiene: '/access/hygiene',
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
