/**
 * The permission module's public surface: the single place where access is decided.
 * Pure TypeScript: no React, no MSW, no I/O. The mock backend enforces with it; the UI predicts with it.
 * Rules: ../../../shared/spec/access-model.md; decisions taken where it is silent: NOTES-team.md.
 */
import type { Cid, Grant, Role, RoleAssignment, Token, UnixTime } from '../domain/types';
import { buildAccessIndex, engineOf } from './buildAccessIndex';
import type { AccessIndex } from './buildAccessIndex';
import { diffAccess as diffAccessImpl } from './diffAccess';
import { accountToken } from './listAccess';
import type { AccessDiff } from './diffAccess';
import { checkGrantDraft as grantGuard } from './grantGuard';
import { checkAssignmentDraft as assignmentGuard, checkRoleDraft as roleGuard } from './roleGuards';
import { checkTokenDraft as tokenGuard } from './tokenGuard';
import { tokenKindChoices as kindChoices } from './tokenChoices';
import type { TokenKindChoice } from './tokenChoices';
import type { GuardResult, Principal } from './types';

export type * from './types';
export type { AccessIndex, AccessDiff, TokenKindChoice };
export { buildAccessIndex };

/** No-escalation guard rails for drafts (create or change), checked before anything is written. */
/** `existing` (addition): the token being changed (its unchanged past `expire` may stay). */
export function checkTokenDraft(ix: AccessIndex, p: Principal, draft: Omit<Token, 'id' | 'key' | 'created' | 'accessed'>, existing?: Token): GuardResult {
  return tokenGuard(engineOf(ix), p, draft, existing);
}
/** Addition: per token kind, whether the principal may create a token of it for `cid` (the guard's own answer). */
export function tokenKindChoices(ix: AccessIndex, p: Principal, cid: Cid): TokenKindChoice[] {
  return kindChoices(engineOf(ix), p, cid);
}
export function checkGrantDraft(ix: AccessIndex, p: Principal, draft: Omit<Grant, 'id'>, existing?: Grant): GuardResult {
  return grantGuard(engineOf(ix), p, draft, existing);
}
/** `existing` (addition): the role being changed; built-in roles cannot be changed. */
export function checkRoleDraft(ix: AccessIndex, p: Principal, draft: Omit<Role, 'id' | 'builtin'>, existing?: Role): GuardResult {
  return roleGuard(engineOf(ix), p, draft, existing);
}
/** `existing` (addition): the assignment being changed (needs roles:assign over its owner). */
export function checkAssignmentDraft(ix: AccessIndex, p: Principal, draft: Omit<RoleAssignment, 'id'>, existing?: RoleAssignment): GuardResult {
  return assignmentGuard(engineOf(ix), p, draft, existing);
}

/** An account as such, as a principal (as if by a master token of it): for explaining its access. */
export function accountPrincipal(cid: Cid, now: UnixTime): Principal {
  return { token: accountToken(cid), actingCid: cid, now };
}

/** Gains and losses of access per account between two worlds (for what-if previews). */
export function diffAccess(before: AccessIndex, after: AccessIndex, cids: readonly Cid[], now: UnixTime): AccessDiff[] {
  return diffAccessImpl(before, after, cids, now);
}

/** Token-only questions the UI can answer from /auth/info alone: lifetime, key, kind, what the kind reaches. */
export { isAclToken, tokenState, tokenMayUsePlatform, tokenMayUseType, platformRefusal, typeRefusal } from './tokenFacts';
/** The token's own fields, checked alike by the token guard and the token form. */
export { tokenFieldProblems, MAX_TOKEN_TTL } from './tokenFields';
export type { FieldProblem } from './tokenFields';
/** A grant's own shape (no self-grant; each item names a level and ids), checked alike by the grant guard and the grant form. */
export { grantShapeProblems } from './grantShape';
/** Every refusal text (a UI that words a refusal asks for it here). */
export { REFUSE } from './refusals';
/** When grants and assignments give rights; the root account and what only its master token may do. */
export { grantState, isActiveGrant, isActiveAssignment } from './lifetime';
export type { GrantState } from './lifetime';
export { isRootAccount, worldAdminRefusal } from './rootAccount';
/** What create forms may offer: accounts (and token kinds) the principal may create in, among those it knows. */
export { createOptions, tokenKindOptions } from './createOptions';
/** The built-in role catalog (ids 1..5). */
export { BUILTIN_ROLES } from './builtinRoles';
/** Additions: the permission vocabulary, explanations, scopes. */
export { ALL_PERMISSIONS } from './permissionCatalog';
export { grantLevelsFor } from './grantLevels';
export { describeRule, summarizeRules, ruleSource, describeAclReach, RIGHT_SOURCES } from './explain';
export { explainDecision } from './explainRefusal';
export type { RightSource, RuleSummary } from './explain';
export { parseScope, formatScope, describeScope, describeAssignment } from './scope';
/** May this token list or address records of a type at all? (403 with a reason when not.) */
export { listRefusal } from './decide';
/** Access hygiene (issue 9): the lock-out guard, what references a record, what gives nothing any more. */
export { lockoutRisk, LOCKOUT_CHANGES } from './lockout';
export { addressRefusal } from './tokenAddress';
export { accountLockoutChange, assignmentLockoutChange, grantLockoutChange, tokenLockoutChange } from './lockoutChange';
export type { LockoutChange, LockoutRisk, LockoutTarget } from './lockout';
export { referencesTo, dropReferences } from './references';
export type { Reference, DroppedReference } from './references';
export { hygieneFindings } from './hygiene';
export type { HygieneFinding } from './hygiene';
/** Issue 22: what a principal may read, and the one projection every answer of the backend passes through. */
export { answerView, ownTokenView, readableView, DRAFT_ID } from './readableView';
export type { ReadableView } from './readableView';
export { project as projectAnswer } from './projectAnswer';
export { inUse, inUseText } from './inUse';
export { checkGrantees, checkSubject } from './granteeGuard';
/** Issue 17: a grantee leaving a grant it receives (the grantee side only). */
export { leaveGrantRefusal } from './leaveGrant';
/** Issue 17: a submodule (messages, telemetry) as the token's kind and ACL allow it (the device page's tabs). */
export { submoduleRefusal } from './submoduleReach';
/** Issue 20: access in plain words and by name; "why not?" names the nearest blocker. */
export { nearestBlocker, blockerWords } from './nearestBlocker';
export type { Blocker } from './nearestBlocker';
export { aclWithItem } from './aclRestore';
export { ruleNamer } from './ruleFacts';
export type { NamedRule } from './ruleFacts';
export { actionWords, aclEntryWords, itemsWords, typeWord, untilWords } from './plainWords';
export { previewLines, draftTargets, heldAccess } from './previewWords';
export { myAccessView } from './tokenLimits';
/** Issue 17: "My access" as one answer (the mock's `/mine`, and the panel's prediction on a flespi server). */
export { myAccessAnswer } from './myAccessAnswer';
export { knownAccounts } from './knownAccounts';
export type { KnownAccount } from './knownAccounts';
export type { When } from './explain';
/** Issue 18: limits, who defines and reads them, and what an account holds against them. */
export { accountChain, checkLimitAssignment, limitManagerRefusal, readableLimits } from './limits';
export { limitBreach, limitBreachText, limitUsage, limitedChain } from './limitUsage';
/** Issue 18: the recycle bin (a deleted record gives nothing; who sees an entry; what stands in a restore's way). */
export { binReadable, binView, restoreRefusal } from './binView';
export { binEntryOf, restoreConflict, withRecords, worldWithEntry } from './binWorld';
export { moveItems } from './moveReferences';
export type { MovableType } from './moveReferences';
export { moveRefusal } from './moveGuard';
export { accountSubtree } from './subtree';
