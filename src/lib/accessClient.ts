/**
 * The server's answers about access (`/platform/access/*`, ours; NOTES-team.md), with paths from the
 * endpoint table. Types of the answers stay with their readers; here only where and how to ask.
 */
import { ENDPOINTS, fillPath } from '../contracts/endpoints';
import type { Cid } from '../domain/types';
import type { ApiClient, ApiResult } from './apiClient';
import { predictingAccessClient } from './predictedAccess';
import type { ActAs, Query, ReadOptions } from './resourceClient';

export interface AccessClient {
  /** Effective access of a subject (`cid`, or one of its tokens with `token=`) to records of a type. */
  entries<T>(cid: Cid, query: Query, opts?: Pick<ReadOptions, 'signal'>): Promise<ApiResult<T>>;
  accounts<T>(cid: Cid, opts?: ReadOptions): Promise<T[]>;
  /** Accounts where the principal may create records of `type`. */
  creatable(cid: Cid, type: string, opts?: ReadOptions): Promise<Cid[]>;
  lockout<T>(cid: Cid, query: Query, opts?: ReadOptions): Promise<T | null>;
  hygiene<T>(cid: Cid, opts?: ReadOptions): Promise<T[]>;
  why<T>(cid: Cid, query: Query, opts?: ReadOptions): Promise<T | null>;
  who<T>(cid: Cid, type: string, id: number, opts?: ReadOptions): Promise<T | null>;
  tokenKinds<T>(cid: Cid, opts?: ReadOptions): Promise<T[]>;
  /** "My access": what the calling token may do, what its account receives, where it cannot act (every token kind). */
  mine<T>(cid: Cid, opts?: ReadOptions): Promise<T | null>;
  /** Accounts the caller may know by name (its own, those it acts as or reads, those sharing with it). */
  names<T>(cid: Cid, opts?: ReadOptions): Promise<T[]>;
  /** What a draft would change (a POST because the body is a draft; changes nothing). */
  preview<T>(body: unknown, opts?: ReadOptions): Promise<T[]>;
}

/** The one place the panel chooses: the server's answers where it has our access extension, else the browser's prediction. */
export function accessClient(api: ApiClient, acting: ActAs): AccessClient {
  return api.extensions().includes('access') ? serverAccessClient(api, acting) : predictingAccessClient(api, acting);
}

function serverAccessClient(api: ApiClient, acting: ActAs): AccessClient {
  const actAs = acting.actAs;
  const get = <T>(path: string, opts: ReadOptions = {}) => api.get<T>(path, { ...opts, actAs });
  return {
    entries: <T>(cid: Cid, query: Query, opts: Pick<ReadOptions, 'signal'> = {}) => get<T>(fillPath(ENDPOINTS.accessEntries, { cid }), { ...opts, query }),
    accounts: async <T>(cid: Cid, opts?: ReadOptions) => (await get<T>(fillPath(ENDPOINTS.accessAccounts, { cid }), opts)).result,
    creatable: async (cid, type, opts) => (await get<Cid>(fillPath(ENDPOINTS.accessCreate, { cid, type }), opts)).result,
    lockout: async <T>(cid: Cid, query: Query, opts: ReadOptions = {}) =>
      (await get<T>(fillPath(ENDPOINTS.accessLockout, { cid }), { ...opts, query })).result[0] ?? null,
    hygiene: async <T>(cid: Cid, opts?: ReadOptions) => (await get<T>(fillPath(ENDPOINTS.accessHygiene, { cid }), opts)).result,
    why: async <T>(cid: Cid, query: Query, opts: ReadOptions = {}) =>
      (await get<T>(fillPath(ENDPOINTS.accessWhy, { cid }), { ...opts, query })).result[0] ?? null,
    who: async <T>(cid: Cid, type: string, id: number, opts?: ReadOptions) =>
      (await get<T>(fillPath(ENDPOINTS.accessWho, { cid, type, id }), opts)).result[0] ?? null,
    tokenKinds: async <T>(cid: Cid, opts?: ReadOptions) => (await get<T>(fillPath(ENDPOINTS.accessTokenKinds, { cid }), opts)).result,
    mine: async <T>(cid: Cid, opts?: ReadOptions) => (await get<T>(fillPath(ENDPOINTS.accessMine, { cid }), opts)).result[0] ?? null,
    names: async <T>(cid: Cid, opts?: ReadOptions) => (await get<T>(fillPath(ENDPOINTS.accessNames, { cid }), opts)).result,
    preview: async <T>(body: unknown, opts: ReadOptions = {}) => (await api.post<T>(ENDPOINTS.accessPreview, body, { ...opts, actAs })).result,
  };
}
