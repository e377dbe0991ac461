/**
 * One typed client per collection of the dialect, in the manner of react-admin's data provider: list, get,
 * create, update, delete and logs, with every path taken from the endpoint table (src/contracts/endpoints).
 * Features call these instead of spelling URLs.
 */
import { collectionPatterns, fillPath } from '../contracts/endpoints';
import type { CollectionType } from '../contracts/endpoints';
import { ABSENT_EXTENSIONS_WHY } from '../contracts/absentExtensions';
import { COLLECTION_EXTENSION, updateMethod } from '../contracts/serverCollections';
import { ApiError } from './ApiError';
import type { Cid, LogRecord } from '../domain/types';
import type { ApiClient, ApiResult, QueryValue } from './apiClient';

/** An id, an id list (`1,2`), `all`, or an expression selector (encoded by the caller). */
export type Selector = number | string;
export type Query = Record<string, QueryValue>;

export interface ReadOptions {
  query?: Query;
  signal?: AbortSignal;
}

export interface WriteOptions {
  /** The record's `rev` as loaded: the server answers 409 when it changed since. */
  ifMatch?: number;
  query?: Query;
}

export interface ResourceClient<T> {
  list(opts?: ReadOptions): Promise<ApiResult<T>>;
  get(sel: Selector, opts?: ReadOptions): Promise<ApiResult<T>>;
  /** One record, or null when the caller cannot read it. */
  getOne(id: number, opts?: ReadOptions): Promise<T | null>;
  /** Creates one record and answers it. */
  create(body: unknown): Promise<T | undefined>;
  /** Changes the fields named: PATCH where the server has it for this collection, else PUT (or `method`). */
  update(sel: Selector, change: unknown, opts?: WriteOptions & { method?: 'PUT' | 'PATCH' }): Promise<T | undefined>;
  delete(sel: Selector, opts?: WriteOptions): Promise<ApiResult<{ id: number }>>;
  logs(id: number, opts?: ReadOptions): Promise<LogRecord[]>;
}

/** Who asks: the x-flespi-cid to send (null: the token's own account). */
export interface ActAs {
  actAs: Cid | null;
}

export function resourceClient<T>(api: ApiClient, type: CollectionType, acting: ActAs): ResourceClient<T> {
  const p = collectionPatterns(type);
  const actAs = acting.actAs;
  const records = (sel: Selector) => fillPath(p.records, { sel });
  const needs = COLLECTION_EXTENSION[type];
  if (needs && !api.extensions().includes(needs)) return absentCollection();
  return {
    list: (opts = {}) => api.get<T>(records('all'), { ...opts, actAs }),
    get: (sel, opts = {}) => api.get<T>(records(sel), { ...opts, actAs }),
    getOne: async (id, opts = {}) => (await api.get<T>(records(id), { ...opts, actAs })).result[0] ?? null,
    create: async (body) => (await api.post<T>(p.base, [body], { actAs })).result[0],
    update: async (sel, change, { method = updateMethod(type, api.extensions()), ...opts } = {}) =>
      (await api.request<T>(method, records(sel), { ...opts, body: change, actAs })).result[0],
    delete: (sel, opts = {}) => api.delete<{ id: number }>(records(sel), { ...opts, actAs }),
    logs: async (id, opts = {}) => (await api.get<LogRecord>(fillPath(p.logs, { sel: id }), { ...opts, actAs })).result,
  };
}

/** A collection the server does not have (roles on flespi): nothing to read, and nothing is asked. */
function absentCollection<T>(): ResourceClient<T> {
  const none = async () => ({ result: [] as T[] });
  const refuse = (): never => {
    throw new ApiError('http', 501, [{ code: 501, reason: ABSENT_EXTENSIONS_WHY }], 'a collection this server does not have');
  };
  return {
    list: none,
    get: none,
    getOne: async () => null,
    create: async () => refuse(),
    update: async () => refuse(),
    delete: async () => refuse(),
    logs: async () => [],
  };
}
