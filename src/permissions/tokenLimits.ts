/**
 * "My access": where a token cannot act, and why, in the module's words (the same refusals the backend
 * answers with). Also the view a token's own "my access" answer is projected with.
 */
import type { Token } from '../domain/types';
import type { AccessIndex } from './buildAccessIndex';
import { readableView } from './readableView';
import type { ReadableView } from './readableView';
import { REFUSE } from './refusals';
import { isAclToken, platformRefusal } from './tokenFacts';
import type { Principal } from './types';

export interface TokenLimit {
  /** What it cannot do, e.g. "Access Management". */
  what: string;
  why: string;
}

export function tokenLimits(token: Pick<Token, 'access'>): TokenLimit[] {
  const out: TokenLimit[] = [];
  const platform = platformRefusal(token);
  if (platform) out.push({ what: 'Access Management (subaccounts, tokens, grants, roles)', why: platform.message });
  if (isAclToken(token))
    out.push({
      what: 'Anything its access list does not name',
      why: 'An ACL token reaches only what an entry of its access list allows, and never more than its account may do.',
    });
  out.push({ what: 'Passing on what was shared with your account', why: REFUSE.noPassOn().message });
  return out;
}

/**
 * What a token's "my access" answer may name: what its acting account reads as a master token of it
 * would (a standard token may learn what is shared with its own account, and by whom, though it may not
 * manage access), except an ACL token, which learns only what it reads itself.
 */
export function myAccessView(ix: AccessIndex, p: Principal): ReadableView {
  if (isAclToken(p.token)) return readableView(ix, p);
  return readableView(ix, { ...p, token: { ...p.token, access: { type: 1, acl: [] } } });
}
