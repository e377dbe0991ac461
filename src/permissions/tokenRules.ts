/** Token-only rules: lifetime, key format, and what a token kind can ever reach. */
import { TOKEN_KINDS, isInstanceType } from '../domain/types';
import type { ItemType, Token, UnixTime } from '../domain/types';
import type { RecordType } from './types';

/** Keys are 64 letters and digits (rest-dialect.md); anything else is malformed, not merely unknown. */
export const TOKEN_KEY_PATTERN = /^[A-Za-z0-9]{64}$/;

export const isWellFormedKey = (key: string): boolean => TOKEN_KEY_PATTERN.test(key);

/**
 * A token is valid while at least one of its set limits holds (`expire > now`, last use + `ttl > now`).
 * A ttl counts from the last use, or from creation while the token was never used (`accessed` 0).
 * With neither set it never lapses (the backend refuses creating such tokens; old data stays usable).
 */
export function tokenState(
  token: Pick<Token, 'enabled' | 'expire' | 'ttl' | 'accessed'> & Partial<Pick<Token, 'created'>>,
  now: UnixTime,
): { state: 'active' | 'expired' | 'disabled'; expiresAt: UnixTime | null } {
  let expiresAt: UnixTime | null = null;
  if (token.expire > 0) expiresAt = token.expire;
  if (token.ttl > 0) expiresAt = Math.max(expiresAt ?? 0, Math.max(token.accessed, token.created ?? 0) + token.ttl);
  if (!token.enabled) return { state: 'disabled', expiresAt };
  if (expiresAt !== null && expiresAt <= now) return { state: 'expired', expiresAt };
  return { state: 'active', expiresAt };
}

export const isMaster = (token: Pick<Token, 'access'>): boolean => token.access.type === TOKEN_KINDS.master;
export const isAclToken = (token: Pick<Token, 'access'>): boolean => token.access.type === TOKEN_KINDS.acl;

/** Only master tokens reach `/platform/*` (besides `/platform/customer` and `/auth/info`). */
export function tokenMayUsePlatform(token: Pick<Token, 'access'>): boolean {
  return isMaster(token);
}

/** Whether the token kind (and ACL) could ever reach records of a type: drives menu visibility. */
export function tokenMayUseType(token: Pick<Token, 'access'>, type: ItemType | RecordType): boolean {
  if (isMaster(token)) return true;
  if (!isInstanceType(type)) return false;
  if (token.access.type === TOKEN_KINDS.standard) return true;
  if (!isAclToken(token)) return false;
  return token.access.acl.some((e) => e.uri === `gw/${type}` && e.methods.includes('GET'));
}
