/**
 * The token's own fields, checked the same way by the backend's token guard and by the panel's token form:
 * one function, so the form never accepts what saving refuses nor refuses what saving accepts.
 * Rights are not asked here (the guard does that next); only what a draft must be to mean something.
 */
import { HTTP_METHODS, SUBMODULES, TOKEN_KINDS } from '../domain/types';
import { ACL_URIS, aclUriType } from '../domain/aclUris';
import type { AclEntry, Token } from '../domain/types';
import { isIdList, isNonNegativeInt } from './wellFormed';

/** Ten years: a longer idle limit is a token that never expires in all but name. */
export const MAX_TOKEN_TTL = 10 * 365 * 86_400;

/** A problem with one field, keyed like the backend's answers (`access.acl[0].ids`); `alsoField` shares it. */
export interface FieldProblem {
  field: string;
  message: string;
  alsoField?: string;
}

export type TokenFields = Pick<Token, 'expire' | 'ttl'> & { access: { type: number; acl: readonly AclEntry[] } };

const KINDS: readonly number[] = Object.values(TOKEN_KINDS);
const oneOf = (allowed: readonly string[], v: unknown): boolean => typeof v === 'string' && allowed.includes(v);
const methodList = (v: unknown): boolean => Array.isArray(v) && v.every((m) => oneOf(HTTP_METHODS, m));

/** An ACL entry must name a known uri and methods, and allow at least one method on at least one id. */
function entryProblems(e: AclEntry, f: string): FieldProblem[] {
  const type = (typeof e.uri === 'string' && aclUriType(e.uri)) || '';
  const out: FieldProblem[] = [];
  if (!oneOf(ACL_URIS, e.uri)) out.push({ field: `${f}.uri`, message: `expected one of ${ACL_URIS.join(', ')}` });
  if (!methodList(e.methods)) out.push({ field: `${f}.methods`, message: `expected a list of ${HTTP_METHODS.join(', ')}` });
  else if (e.methods.length === 0) out.push({ field: `${f}.methods`, message: 'pick at least one method' });
  if (e.ids !== 'all' && !isIdList(e.ids)) out.push({ field: `${f}.ids`, message: 'expected "all" or a list of ids' });
  else if (e.ids !== 'all' && e.ids.length === 0) out.push({ field: `${f}.ids`, message: `pick at least one of the ${type}, or allow all` });
  for (const [j, s] of (e.submodules ?? []).entries()) {
    if (!oneOf(SUBMODULES, s.name)) out.push({ field: `${f}.submodules[${j}].name`, message: `expected one of ${SUBMODULES.join(', ')}` });
    if (!methodList(s.methods)) out.push({ field: `${f}.submodules[${j}].methods`, message: `expected a list of ${HTTP_METHODS.join(', ')}` });
  }
  return out;
}

/**
 * Every problem of a token draft's own fields, in field order. `existing` (a change): an `expire` left as it
 * was may stay in the past, so an expired token's other fields can still be edited.
 * Decided (issue 16): an ACL token must list at least one entry, and each entry must allow something; a list
 * that allows nothing is a mistake, refused on both sides, though such a token would simply give nothing.
 */
export function tokenFieldProblems(draft: TokenFields, ctx: { now: number; existing?: Pick<Token, 'expire'> }): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!KINDS.includes(draft.access.type)) out.push({ field: 'access.type', message: 'expected 0 (standard), 1 (master) or 2 (ACL)' });
  if (!isNonNegativeInt(draft.expire)) out.push({ field: 'expire', message: 'expected a unix time (0 = not set)' });
  else if (draft.expire > 0 && draft.expire <= ctx.now && draft.expire !== ctx.existing?.expire)
    out.push({ field: 'expire', message: 'must be in the future' });
  if (!isNonNegativeInt(draft.ttl)) out.push({ field: 'ttl', message: 'expected seconds (0 = not set)' });
  else if (draft.ttl > MAX_TOKEN_TTL) out.push({ field: 'ttl', message: `at most ${MAX_TOKEN_TTL} seconds (10 years)` });
  if (draft.expire === 0 && draft.ttl === 0) out.push({ field: 'expire', alsoField: 'ttl', message: 'a token must expire; set expire, ttl or both' });
  if (draft.access.type !== TOKEN_KINDS.acl) return out;
  if (!Array.isArray(draft.access.acl)) return [...out, { field: 'access.acl', message: 'expected a list of entries' }];
  if (draft.access.acl.length === 0) out.push({ field: 'access.acl', message: 'an ACL token needs at least one entry (nothing listed means nothing allowed)' });
  draft.access.acl.forEach((e, i) => out.push(...entryProblems(e, `access.acl[${i}]`)));
  return out;
}
