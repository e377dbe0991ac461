/**
 * The one HTTP client of the panel, for the REST dialect in ../shared/spec/rest-dialect.md:
 * `Authorization: FlespiToken <key>`, `x-flespi-cid` for the acting account, `If-Match` for revisions,
 * and the `{result}` / `{errors}` envelope turned into typed results or an ApiError.
 */
import type { Cid, HttpMethod } from '../domain/types';
import { PANEL_EXTENSIONS } from '../contracts/extensions';
import type { PanelExtension } from '../contracts/extensions';
import { ApiError } from './ApiError';
import type { ApiErrorEntry } from './ApiError';
import { readEnvelope } from './readEnvelope';

export { ApiError, isApiError } from './ApiError';
export type { ApiErrorEntry } from './ApiError';

export interface Pagination {
  limit: number;
  offset: number;
  /** Total the caller may see. */
  count: number;
}

export interface ApiResult<T> {
  result: T[];
  pagination?: Pagination;
  /** Per-item failures reported next to a partial success. */
  errors?: ApiErrorEntry[];
}

export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

export interface RequestOptions<T> {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** The record's `rev` as loaded: the server answers 409 when it changed since. */
  ifMatch?: number | string;
  /** Acting account: a cid sends `x-flespi-cid`, null sends none, absent uses the configured one. */
  actAs?: Cid | null;
  /** Use this key for this one call (login checks a key before it becomes the session's). */
  key?: string;
  signal?: AbortSignal;
  /** Sees the response's headers (before its body is read). */
  onHeaders?: (headers: Headers) => void;
  /** Validates each result item (a zod schema's `parse`, for instance); without it items are taken as T. */
  parse?: (item: unknown) => T;
}

export interface ApiClientConfig {
  /** Origin (and optional prefix) of the server; '' = the panel's own origin. */
  baseUrl: string;
  getKey: () => string | null;
  getActingCid?: () => Cid | null;
  /** A 401 on a call made with `key`: the session it belongs to has ended. */
  onUnauthorized?: (error: ApiError, key: string) => void;
  /** Our extensions the server has (src/contracts/extensions); absent: all of them. */
  getExtensions?: () => readonly PanelExtension[] | undefined;
  fetch?: typeof fetch;
}

export interface ApiClient {
  readonly baseUrl: string;
  /** Our extensions of the dialect this server has, as learned at sign-in. */
  extensions(): readonly PanelExtension[];
  request<T>(method: HttpMethod, path: string, options?: RequestOptions<T>): Promise<ApiResult<T>>;
  get<T>(path: string, options?: RequestOptions<T>): Promise<ApiResult<T>>;
  post<T>(path: string, body: unknown, options?: RequestOptions<T>): Promise<ApiResult<T>>;
  put<T>(path: string, body: unknown, options?: RequestOptions<T>): Promise<ApiResult<T>>;
  patch<T>(path: string, body: unknown, options?: RequestOptions<T>): Promise<ApiResult<T>>;
  delete<T>(path: string, options?: RequestOptions<T>): Promise<ApiResult<T>>;
}

/** `VITE_API_BASE` without its trailing slash; empty means the panel's own origin (the mock backend). */
export const resolveBaseUrl = (raw: string | undefined): string => (raw ?? '').trim().replace(/\/+$/, '');

export function buildUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const qs = params.toString();
  return `${baseUrl}${path.startsWith('/') ? path : `/${path}`}${qs ? `?${qs}` : ''}`;
}

export function createApiClient(config: ApiClientConfig): ApiClient {
  const doFetch = config.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function request<T>(method: HttpMethod, path: string, options: RequestOptions<T> = {}): Promise<ApiResult<T>> {
    const key = options.key ?? config.getKey();
    const actAs = options.actAs === undefined ? (config.getActingCid?.() ?? null) : options.actAs;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (key) headers.Authorization = `FlespiToken ${key}`;
    if (actAs !== null) headers['x-flespi-cid'] = String(actAs);
    if (options.ifMatch !== undefined) headers['If-Match'] = String(options.ifMatch);
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const where = `${method} ${path}`;
    let response: Response;
    try {
      response = await doFetch(buildUrl(config.baseUrl, path, options.query), {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError('network', 0, [], where);
    }
    options.onHeaders?.(response.headers);
    try {
      return await readEnvelope(response, where, options.parse);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401 && key && !options.key) config.onUnauthorized?.(e, key);
      throw e;
    }
  }

  return {
    baseUrl: config.baseUrl,
    extensions: () => config.getExtensions?.() ?? PANEL_EXTENSIONS,
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body, options) => request('POST', path, { ...options, body }),
    put: (path, body, options) => request('PUT', path, { ...options, body }),
    patch: (path, body, options) => request('PATCH', path, { ...options, body }),
    delete: (path, options) => request('DELETE', path, options),
  };
}
