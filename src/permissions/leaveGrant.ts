/**
 * A grantee leaving a grant it receives (`DELETE /platform/grantors/<sel>`, flespi's): the grantee side only.
 * The acting account takes itself off the grant's grantees; the grantor's branch unlinks grantees through
 * `/platform/grants/<sel>/subaccounts/<sel>` instead. Master tokens only, as every platform path.
 * No lock-out guard: leaving only drops what the grant gave the acting account, and no account's way in
 * (its own tokens, its branch) ever comes from a grant it received.
 */
import type { Grant } from '../domain/types';
import { REFUSE } from './refusals';
import { platformRefusal } from './tokenFacts';
import type { Principal, Refusal } from './types';

export interface LeaveRefusal {
  status: 403 | 404;
  refusal: Refusal;
}

/** Why the principal may not leave this grant, or null. A grant its acting account does not receive is absent for it (404). */
export function leaveGrantRefusal(p: Principal, grant: Pick<Grant, 'id' | 'subaccounts'>): LeaveRefusal | null {
  const kind = platformRefusal(p.token);
  if (kind) return { status: 403, refusal: kind };
  if (!grant.subaccounts.includes(p.actingCid)) return { status: 404, refusal: REFUSE.notReceived(grant.id) };
  return null;
}
