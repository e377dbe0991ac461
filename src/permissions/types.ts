/**
 * The public vocabulary of the permission module: what a question looks like and what an answer says.
 * Implementations live beside this file; index.ts is the module's only public surface.
 */
import type { Action, Cid, GrantLevel, HttpMethod, ItemType, Submodule, Token, UnixTime } from '../domain/types';

/** Who is asking: a validated token, the account it acts as, and the time of the question. */
export interface Principal {
  token: Token;
  /** The token's account, or the `x-flespi-cid` account once allowed. */
  actingCid: Cid;
  now: UnixTime;
}

/** A question about an existing item, or about creating one in an account. */
/**
 * Role assignments are records of their own; rights on them are `roles:read` (see) and `roles:assign`
 * (create, change, revoke), taken over the assignment's owner account.
 */
export type RecordType = ItemType | 'role-assignments';

export type AccessRequest =
  | {
      action: Exclude<Action, 'create'>;
      type: RecordType;
      id: number;
      submodule?: Submodule;
      /**
       * The HTTP method of the call, only for ACL tokens (their entries speak methods). When absent the
       * action's usual method is assumed (update: PUT or PATCH; logs: GET logs; command: POST commands;
       * assign on a container, i.e. changing its member devices: POST devices).
       */
      method?: HttpMethod;
    }
  | { action: 'create'; type: RecordType; cid: Cid };

/** One rule that gave a right. Every variant names something that exists in the world. */
export type Rule =
  | { kind: 'branch'; ownerCid: Cid; actingCid: Cid }
  | { kind: 'grant'; grantId: number; grantorCid: Cid; level: GrantLevel }
  | { kind: 'subaccount-grant'; grantId: number; subaccountCid: Cid; level: GrantLevel }
  | { kind: 'role'; assignmentId: number; roleId: number; roleName: string; scope: string }
  /** Built-in roles, and custom roles of the acting account's ancestors, are readable (to be assigned). */
  | { kind: 'catalog'; roleId: number; ownerCid: Cid };

export type RefusalCode =
  | 'token-unknown'
  | 'token-address'
  | 'token-malformed'
  | 'token-expired'
  | 'token-disabled'
  | 'token-kind'
  | 'acl-missing'
  | 'acl-method'
  | 'acl-id'
  | 'acl-submodule'
  | 'cid-not-allowed'
  /** The token's account (401) or the acting account (403), or one of its ancestors, is blocked. */
  | 'account-blocked'
  | 'not-visible'
  | 'no-rule'
  | 'escalation'
  /** A delete refused because other records still use this one (409). */
  | 'in-use';

export interface Refusal {
  code: RefusalCode;
  /** A sentence safe to show a user: never names an item the principal cannot see, never a token key. */
  message: string;
}

export interface Decision {
  allowed: boolean;
  /** 200 when allowed; otherwise 401, 403 (visible but refused) or 404 (hidden). */
  status: 200 | 401 | 403 | 404;
  /** Every rule that gives the right (empty when refused). */
  rules: Rule[];
  refusal?: Refusal;
}

export type AuthResult = { ok: true; token: Token } | { ok: false; status: 401; refusal: Refusal };

export type PrincipalResult = { ok: true; principal: Principal } | { ok: false; status: 401 | 403; refusal: Refusal };

/** Effective access of one principal (or one account) to one item. */
export interface AccessEntry {
  type: RecordType;
  id: number;
  cid: Cid;
  permissions: Action[];
  rules: Rule[];
}

/** Who can reach an item, and why. */
export interface WhoHasAccess {
  accounts: Array<{ cid: Cid; permissions: Action[]; rules: Rule[] }>;
  tokens: Array<{ tokenId: number; cid: Cid; permissions: Action[] }>;
}

export type GuardResult = { ok: true } | { ok: false; status: 400 | 403 | 404; field: string; refusal: Refusal };

/** How an HTTP call maps onto an action (for ACL entries, which speak methods and submodules). */
export interface HttpShape {
  method: HttpMethod;
  submodule?: Submodule;
}
