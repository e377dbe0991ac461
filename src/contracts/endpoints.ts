/**
 * Every path of the dialect, once: the UI builds its requests from this table (through lib's resource and
 * access clients) and the mock registers its handlers from it (`*${pattern}`). Patterns use `:name`
 * parameters, as MSW and the OpenAPI operations spell them; `fillPath` turns one into a request path.
 */
import type { InstanceType, ItemType } from '../domain/types';

export type CollectionType = ItemType | 'role-assignments';

/** Where each collection lives: instances under `/gw`, the platform's own records under `/platform`. */
export const COLLECTION_BASES = {
  subaccounts: '/platform/subaccounts',
  tokens: '/platform/tokens',
  grants: '/platform/grants',
  roles: '/platform/roles',
  'role-assignments': '/platform/role-assignments',
  devices: '/gw/devices',
  channels: '/gw/channels',
  streams: '/gw/streams',
  calcs: '/gw/calcs',
  plugins: '/gw/plugins',
  groups: '/gw/groups',
} as const satisfies Record<CollectionType, string>;

/** The paths of one collection: the records a selector picks, and their logs. */
export const collectionPatterns = (type: CollectionType) => ({
  base: COLLECTION_BASES[type],
  records: `${COLLECTION_BASES[type]}/:sel`,
  logs: `${COLLECTION_BASES[type]}/:sel/logs`,
});

/** Member devices of a container (`/gw/groups/:sel/devices/:dsel`). */
export const membersPattern = (type: InstanceType): string => `${COLLECTION_BASES[type]}/:sel/devices/:dsel`;

export const ENDPOINTS = {
  authInfo: '/auth/info',
  customer: '/platform/customer',
  customerLogs: '/platform/customer/logs',
  commands: `${COLLECTION_BASES.devices}/:sel/commands`,
  deviceMessages: `${COLLECTION_BASES.devices}/:sel/messages`,
  deviceTelemetry: `${COLLECTION_BASES.devices}/:sel/telemetry/:tsel`,
  grantees: `${COLLECTION_BASES.grants}/:sel/subaccounts/:asel`,
  grantors: '/platform/grantors/:sel',
  limits: '/platform/limits',
  limitRecords: '/platform/limits/:sel',
  limitLogs: '/platform/limits/:sel/logs',
  /** Ours (issue 18): each selected limit, and per account it is assigned to, the account's use against it. */
  limitUse: '/platform/limits/:sel/use',
  deviceMove: `${COLLECTION_BASES.devices}/:sel/cid`,
  channelMove: `${COLLECTION_BASES.channels}/:sel/cid`,
  accessPreview: '/platform/access/preview',
  accessEntries: '/platform/access/:cid',
  accessLockout: '/platform/access/:cid/lockout',
  accessHygiene: '/platform/access/:cid/hygiene',
  accessAccounts: '/platform/access/:cid/accounts',
  accessCreate: '/platform/access/:cid/create/:type',
  accessWhy: '/platform/access/:cid/why',
  accessWho: '/platform/access/:cid/who/:type/:id',
  accessTokenKinds: '/platform/access/:cid/token-kinds',
  accessMine: '/platform/access/:cid/mine',
  accessNames: '/platform/access/:cid/names',
  /** The recycle bin (issue 18, flespi's): `:sel` is one encoded segment (`gw%2Fdevices%2F123`, `origin%3Dgw%2Fdevices%2F*`). */
  deleted: '/platform/deleted/:sel',
  deletedLogs: '/platform/deleted/:sel/logs',
  deletedRestore: '/platform/deleted/:sel/restore',
  mockReset: '/mock/reset',
  mockExport: '/mock/export',
  mockImport: '/mock/import',
  /** What the backend kept aside instead of writing over it (issue 21): listed, downloaded, deleted. */
  mockKept: '/mock/kept',
  mockKeptEntry: '/mock/kept/:key',
  openapi: '/openapi.json',
} as const;

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The values of a pattern's parameters: ids, cids, types, or a selector (`all`, `1,2`, an expression). */
export type PathParams<P extends string> = Record<ParamNames<P>, string | number>;

/** `fillPath('/platform/access/:cid/who/:type/:id', {cid: 1, type: 'devices', id: 3})`. Values go in as given (selectors are the caller's to encode). */
export function fillPath<P extends string>(pattern: P, params: PathParams<P>): string {
  const values: Record<string, string | number> = params;
  return pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`fillPath: no value for :${name} in ${pattern}`);
    return String(value);
  });
}

/** A selector of ids for a path segment: `12` or `12,13,14` (none: `all`). */
export const idSelector = (ids: readonly number[]): string => (ids.length === 0 ? 'all' : ids.join(','));
