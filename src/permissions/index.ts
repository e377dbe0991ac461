/**
 * The permission module's public surface: the single place where access is decided.
 * Pure TypeScript: no React, no MSW, no I/O. The mock backend enforces with it; the UI predicts with it.
 *
 * SIGNATURES ARE THE CONTRACT; the implementation is being written (issue 3).
 */
import type { Cid, Grant, ItemType, Role, RoleAssignment, Token, UnixTime, World } from '../domain/types';
import type {
  AccessEntry,
  AccessRequest,
  AuthResult,
  Decision,
  GuardResult,
  Principal,
  PrincipalResult,
  RecordType,
  WhoHasAccess,
} from './types';

export type * from './types';

/** Answers built once per world change (indexes), then queried many times. */
export interface AccessIndex {
  readonly world: World;
  /** Checks a key: unknown / malformed / expired / disabled are 401 with distinct refusal codes. */
  authenticate(key: string, now: UnixTime): AuthResult;
  /** authenticate + the `x-flespi-cid` rule (403 `cid-not-allowed` when the header names a foreign account). */
  principal(key: string, xFlespiCid: string | null | undefined, now: UnixTime): PrincipalResult;
  /** Accounts the token may act as (its own branch, plus operate-as grants' subaccounts and their branches). */
  actableAccounts(token: Token, now: UnixTime): Cid[];
  /** May this principal do this? 404 when the item is hidden, 403 when visible but refused. */
  decide(p: Principal, req: AccessRequest): Decision;
  /** Ids of every item of a type the principal can read (after the token's kind and ACL). */
  visibleIds(p: Principal, type: RecordType): number[];
  /** Each visible item with its permissions and rules; `ids` narrows (ids not visible are left out). */
  effectiveAccess(p: Principal, type: RecordType, ids?: readonly number[]): AccessEntry[];
  /** Effective access of an account as such (as if by a master token of it), for the explorer. */
  accountAccess(cid: Cid, type: RecordType, now: UnixTime, ids?: readonly number[]): AccessEntry[];
  /** Accounts in which the principal may create items of this type. */
  creatableAccounts(p: Principal, type: RecordType): Cid[];
  /** Member device ids of a container the principal may see (filtered to devices it can read). */
  visibleMembers(p: Principal, type: ItemType, id: number): number[];
  /** Who can reach an item: accounts (as such) and tokens (after kind and ACL), with why. */
  whoHasAccess(type: RecordType, id: number, now: UnixTime): WhoHasAccess;
}

export declare function buildAccessIndex(world: World): AccessIndex;

/** No-escalation guard rails for drafts (create or change), checked before anything is written. */
export declare function checkTokenDraft(ix: AccessIndex, p: Principal, draft: Omit<Token, 'id' | 'key' | 'created' | 'accessed'>): GuardResult;
export declare function checkGrantDraft(ix: AccessIndex, p: Principal, draft: Omit<Grant, 'id'>, existing?: Grant): GuardResult;
export declare function checkRoleDraft(ix: AccessIndex, p: Principal, draft: Omit<Role, 'id' | 'builtin'>): GuardResult;
export declare function checkAssignmentDraft(ix: AccessIndex, p: Principal, draft: Omit<RoleAssignment, 'id'>): GuardResult;

/** Gains and losses of access per account between two worlds (for what-if previews). */
export interface AccessDiff {
  cid: Cid;
  gained: AccessEntry[];
  lost: AccessEntry[];
  /** Same item, different permissions. */
  changed: Array<{ before: AccessEntry; after: AccessEntry }>;
}
export declare function diffAccess(before: AccessIndex, after: AccessIndex, cids: readonly Cid[], now: UnixTime): AccessDiff[];

/** Token-only questions the UI can answer from /auth/info alone. */
export declare function tokenState(token: Pick<Token, 'enabled' | 'expire' | 'ttl' | 'accessed'>, now: UnixTime): { state: 'active' | 'expired' | 'disabled'; expiresAt: UnixTime | null };
/** Whether the token's kind may ever use platform (Access Management) endpoints. */
export declare function tokenMayUsePlatform(token: Pick<Token, 'access'>): boolean;
/** Whether the token's kind/ACL could ever reach an instance type (menu visibility). */
export declare function tokenMayUseType(token: Pick<Token, 'access'>, type: ItemType): boolean;

/** The built-in role catalog (ids 1..5). */
export declare const BUILTIN_ROLES: readonly Role[];
