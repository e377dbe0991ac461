/** `GET /auth/info`: what the server says about the calling token (never its key). */
import { ENDPOINTS } from '../contracts/endpoints';
import { EXTENSIONS_HEADER, parseExtensions } from '../contracts/extensions';
import type { PanelExtension } from '../contracts/extensions';
import type { Token } from '../domain/types';
import type { ApiClient } from '../lib/apiClient';
import { ApiError } from '../lib/apiClient';

export type AuthInfo = Pick<Token, 'id' | 'cid' | 'info' | 'access' | 'expire' | 'ttl' | 'enabled'> &
  Partial<Pick<Token, 'created' | 'accessed' | 'ips' | 'metadata'>> & {
    /**
     * Our extensions the server announced with this answer (its `x-panel-extensions` header; none: a flespi
     * server). Absent in a session stored before the panel read it: taken as all until the next /auth/info.
     */
    extensions?: PanelExtension[];
  };

export function isAuthInfo(x: unknown): x is AuthInfo {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  const access = r.access as Record<string, unknown> | null | undefined;
  return (
    typeof r.id === 'number' &&
    typeof r.cid === 'number' &&
    typeof access === 'object' &&
    access !== null &&
    typeof access.type === 'number' &&
    Array.isArray(access.acl ?? []) &&
    (r.extensions === undefined || Array.isArray(r.extensions))
  );
}

function parseAuthInfo(x: unknown): AuthInfo {
  if (!isAuthInfo(x)) throw new Error('not a token description');
  // Some servers echo the key; it never enters the session's info (which is shown and persisted).
  const { key: _key, ...rest } = x as Partial<AuthInfo> & AuthInfo & { key?: unknown };
  return {
    ...rest,
    info: typeof rest.info === 'string' ? rest.info : '',
    expire: typeof rest.expire === 'number' ? rest.expire : 0,
    ttl: typeof rest.ttl === 'number' ? rest.ttl : 0,
    enabled: rest.enabled !== false,
    access: { type: rest.access.type, acl: rest.access.acl ?? [] },
  };
}

/** Checks a key (`key` given) or the session's key; throws ApiError (401 with the server's reason). */
export async function fetchAuthInfo(api: ApiClient, opts: { key?: string; signal?: AbortSignal } = {}): Promise<AuthInfo> {
  let extensions: PanelExtension[] = [];
  const onHeaders = (h: Headers) => void (extensions = parseExtensions(h.get(EXTENSIONS_HEADER)));
  const { result } = await api.get(ENDPOINTS.authInfo, { key: opts.key, signal: opts.signal, actAs: null, parse: parseAuthInfo, onHeaders });
  const info = result[0];
  if (!info) throw new ApiError('parse', 200, [{ code: 200, reason: 'The server described no token.' }], `GET ${ENDPOINTS.authInfo}`);
  return { ...info, extensions };
}
