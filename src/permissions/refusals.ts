/**
 * Refusal texts. They are shown to users, so they never name an item the caller cannot see nor a key:
 * a 404 says the same whether the item is absent or hidden.
 */
import type { Refusal, RefusalCode } from './types';

export const refusal = (code: RefusalCode, message: string): Refusal => ({ code, message });

export const REFUSE = {
  malformed: () => refusal('token-malformed', 'The token is malformed: a key is 64 letters and digits.'),
  unknown: () => refusal('token-unknown', 'The token is unknown.'),
  disabled: () => refusal('token-disabled', 'The token is disabled.'),
  expired: () => refusal('token-expired', 'The token has expired.'),
  tokenAccountBlocked: () => refusal('account-blocked', "The token's account is blocked."),
  actingBlocked: () => refusal('account-blocked', 'The account named in x-flespi-cid is blocked.'),
  badCidHeader: () => refusal('cid-not-allowed', 'x-flespi-cid must be an account id (digits only).'),
  cidNotAllowed: (cid: number) => refusal('cid-not-allowed', `This token may not act as account ${cid}: only its own branch and operate-as subaccounts.`),
  /** Every platform path and every question about access but one's own (tokenFacts.platformRefusal). */
  kindPlatform: () => refusal('token-kind', 'Only a master token may use Access Management (subaccounts, tokens, grants, roles and questions about access).'),
  kindUnknown: () => refusal('token-kind', 'The token kind is not recognised.'),
  aclMissing: (type: string) => refusal('acl-missing', `The token's access list has no entry for gw/${type}.`),
  aclNoList: (type: string) => refusal('acl-method', `The token's access list allows no GET on gw/${type}.`),
  aclId: () => refusal('acl-id', "Not found (the token's access list does not cover this id)."),
  aclNoRead: () => refusal('acl-method', "Not found (the token's access list does not allow GET on this id)."),
  aclMethod: (method: string, type: string) => refusal('acl-method', `The token's access list does not allow ${method} on gw/${type} for this item.`),
  aclSubmodule: (submodule: string) => refusal('acl-submodule', `The token's access list does not allow the ${submodule} submodule for this item.`),
  aclCreate: (type: string) => refusal('acl-method', `The token's access list does not allow POST (create) on gw/${type}.`),
  notVisible: () => refusal('not-visible', 'Not found.'),
  /** A record looked up by id that is absent or hidden from the caller: the same 404 text either way. */
  absent: (type: string, id: number | string, hint?: string) => refusal('not-visible', `No ${type} with id ${id}${hint ? ` ${hint}` : ''}.`),
  /** The same for an id named in a body field (`limit_id: no limit with id 4.`). */
  absentIn: (field: string, type: string, id: number) => refusal('not-visible', `${field}: no ${type} with id ${id}.`),
  /** A delete while others use the record; `users` is `inUseText`'s count (only what the caller may read). */
  limitInUse: (name: string, users: string) => refusal('in-use', `Limit "${name}" is assigned to ${users}; assign them another limit (or none) first.`),
  roleInUse: (name: string, users: string) => refusal('in-use', `Role "${name}" is used by ${users}; revoke them first.`),
  notApplicable: (action: string, type: string) => refusal('no-rule', `"${action}" does not apply to ${type}.`),
  noRule: (action: string, type: string) => refusal('no-rule', `No branch, grant or role gives ${type}:${action} here.`),
  noCreate: (type: string, cid: number) => refusal('no-rule', `No branch, grant or role lets you create ${type} in account ${cid}.`),
  noCreateAnywhere: (type: string) => refusal('no-rule', `No branch, grant or role lets you create ${type} here.`),
  /** No re-share: tokens, grants, roles and assignments are made only with the account's own rights. */
  throughOperateAs: (type: string, cid: number) =>
    refusal(
      'escalation',
      `You act as account ${cid} through a grant (operate-as): ${type} made or changed here would hand on rights held through a grant. Ask the account's owner.`,
    ),
  heldThroughGrant: (type: string, cid: number) =>
    refusal(
      'escalation',
      `cid ${cid} is an account you reach only through a grant: ${type} there would hand on rights held through a grant. Ask the account's owner.`,
    ),
  /** Issue 20: said where a token cannot share (My access, Access Management refused), beside the kind's reason. */
  noPassOn: () =>
    refusal(
      'escalation',
      'A right your account received (through a grant, an operate-as grant or a role assignment) cannot be passed on: only what your account owns, or holds in its own branch, can be shared.',
    ),
  builtin: () => refusal('no-rule', 'Built-in roles cannot be changed or deleted.'),
  /** Leaving a grant (DELETE /platform/grantors): one the acting account does not receive is absent for it. */
  notReceived: (id: number) => refusal('not-visible', `No grant with id ${id} among the grants your account receives.`),
  /** Reset, export and import of the whole world (mock only): the root's own master token, acting as the root. */
  notWorldAdmin: () => refusal('token-kind', 'Only a master token of the root account, acting as the root, may reset, export or import the world.'),
  depth: () => refusal('no-rule', 'Accounts may be at most four levels below the root.'),
} as const;
