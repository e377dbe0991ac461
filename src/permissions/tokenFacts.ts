/** What can be said of a token alone, without a world: its lifetime, and what its kind (and ACL) could ever reach. */
import { TOKEN_KINDS, isInstanceType } from '../domain/types';
import { aclUriType } from '../domain/aclUris';
import type { ItemType, Token, UnixTime } from '../domain/types';
import { REFUSE } from './refusals';
import type { RecordType, Refusal } from './types';

/**
 * A token is valid while at least one of its set limits holds (`expire > now`, last use + `ttl > now`).
 * A ttl counts from the last use, or from creation while the token was never used (`accessed` 0).
 * With neither set it never lapses (`tokenLifetimeRefusal` refuses creating such tokens; old data stays usable).
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

/** Standard and ACL tokens reach instance types only; an unknown kind reaches nothing. */
export function kindRefusal(token: Pick<Token, 'access'>, type: RecordType): { status: 403; refusal: Refusal } | null {
  const kind = token.access.type;
  if (kind === TOKEN_KINDS.master) return null;
  if (kind !== TOKEN_KINDS.standard && kind !== TOKEN_KINDS.acl) return { status: 403, refusal: REFUSE.kindUnknown() };
  return isInstanceType(type) ? null : { status: 403, refusal: REFUSE.kindPlatform() };
}

/**
 * Master tokens only: every `/platform/*` path but `/platform/customer` (reading), and every question about
 * access (previews, hygiene, another subject's access). One rule, one refusal, asked by the backend and the UI.
 */
export function platformRefusal(token: Pick<Token, 'access'>): Refusal | null {
  return kindRefusal(token, 'subaccounts')?.refusal ?? null;
}

export const tokenMayUsePlatform = (token: Pick<Token, 'access'>): boolean => platformRefusal(token) === null;

/**
 * Why a token's kind (and ACL) could never read records of a type, or null when it could (its account's
 * rights still decide each record). Drives menu entries, routes and `useCan`.
 */
export function typeRefusal(token: Pick<Token, 'access'>, type: ItemType | RecordType): Refusal | null {
  const kind = kindRefusal(token, type);
  if (kind) return kind.refusal;
  if (!isAclToken(token)) return null;
  return token.access.acl.some((e) => aclUriType(e.uri) === type && e.methods.includes('GET')) ? null : REFUSE.aclNoList(type);
}

export const tokenMayUseType = (token: Pick<Token, 'access'>, type: ItemType | RecordType): boolean => typeRefusal(token, type) === null;
