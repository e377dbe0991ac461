/**
 * A grant names as grantees (and an assignment as its subject) only accounts its author knows
 * (ReadableView): an account the author cannot see is refused exactly like one that does not exist (the
 * same status and text, checked after the module's guard, whose existence check comes last), so neither
 * can probe for accounts or learn their names. Accounts the record already names stay allowed.
 */
import type { Grant } from '../domain/types';
import type { AccessIndex } from './buildAccessIndex';
import { invalid } from './guardKit';
import { readableView } from './readableView';
import type { GuardResult, Principal } from './types';

export function checkGrantees(ix: AccessIndex, p: Principal, draft: Pick<Grant, 'subaccounts'>, existing?: Pick<Grant, 'subaccounts'>): GuardResult {
  const view = readableView(ix, p);
  const unknown = draft.subaccounts.some((c) => !existing?.subaccounts.includes(c) && !view.may('subaccounts', c));
  return unknown ? invalid('subaccounts', 'lists an unknown account') : { ok: true };
}

/** A role assignment's subject likewise: an account the author cannot see is "unknown", as an absent one. */
export function checkSubject(ix: AccessIndex, p: Principal, draft: { subject_cid: number }, existing?: { subject_cid: number }): GuardResult {
  if (existing?.subject_cid === draft.subject_cid || readableView(ix, p).may('subaccounts', draft.subject_cid)) return { ok: true };
  return invalid('subject_cid', 'unknown account');
}
