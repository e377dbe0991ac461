/**
 * Which guarded change an update makes (the lock-out guard's input): a record that gave access before and
 * gives none after. Tokens: no longer usable, or a master token made non-master; grants: disabled or
 * expired; role assignments: expired (like deleting them); accounts: blocked.
 */
import type { Account, Grant, RoleAssignment, Token, UnixTime } from '../domain/types';
import { isActiveAssignment, isActiveGrant } from './lifetime';
import type { LockoutChange } from './lockout';
import { isMaster, tokenState } from './tokenFacts';

const ended = (before: boolean, after: boolean): boolean => before && !after;

export const tokenLockoutChange = (before: Token, after: Token, now: UnixTime): LockoutChange | null => {
  const usable = (t: Token) => tokenState(t, now).state === 'active';
  return ended(usable(before), usable(after)) || ended(isMaster(before), isMaster(after)) ? 'disable' : null;
};

export const grantLockoutChange = (before: Grant, after: Grant, now: UnixTime): LockoutChange | null =>
  ended(isActiveGrant(before, now), isActiveGrant(after, now)) ? 'disable' : null;

export const assignmentLockoutChange = (before: RoleAssignment, after: RoleAssignment, now: UnixTime): LockoutChange | null =>
  ended(isActiveAssignment(before, now), isActiveAssignment(after, now)) ? 'delete' : null;

export const accountLockoutChange = (before: Account, after: Account): LockoutChange | null => (!before.blocked && after.blocked ? 'block' : null);
