/** The one error type of the API client: every failed call (HTTP, network, unreadable answer) becomes one. */

export type ApiErrorKind = 'http' | 'network' | 'parse';

/** One entry of the dialect's `{errors: [...]}` body; multi-item POSTs add the failing item's `index`. */
export interface ApiErrorEntry {
  code: number;
  reason: string;
  index?: number;
  [extra: string]: unknown;
}

const DEFAULT_REASONS: Record<number, string> = {
  0: 'Cannot reach the server. Check the connection and try again.',
  400: 'The server refused the request as malformed.',
  401: 'Not signed in, or the token is no longer valid.',
  403: 'Not allowed.',
  404: 'Not found.',
  409: 'The item changed meanwhile. Reload it and try again.',
  429: 'Too many requests. Wait a moment and try again.',
};

export function defaultReason(status: number): string {
  return DEFAULT_REASONS[status] ?? (status >= 500 ? `The server failed (HTTP ${status}).` : `The request failed (HTTP ${status}).`);
}

/** Message and fields never carry a token key: only the method, the path and the server's reasons. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when no answer arrived. */
  readonly status: number;
  readonly errors: ApiErrorEntry[];

  constructor(kind: ApiErrorKind, status: number, errors: ApiErrorEntry[], where: string) {
    const list = errors.length > 0 ? errors : [{ code: status, reason: defaultReason(status) }];
    super(`${where}: ${list.map((e) => e.reason).join('; ')}`);
    this.kind = kind;
    this.status = status;
    this.errors = list;
  }

  /** The first error's code (the dialect's int code), else the HTTP status. */
  get code(): number {
    return this.errors[0]?.code ?? this.status;
  }

  /** The first error's reason: clear text, safe to show. */
  get reason(): string {
    return this.errors[0]?.reason ?? defaultReason(this.status);
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
