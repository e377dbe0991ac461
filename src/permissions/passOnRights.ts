/**
 * No re-share (access model, "Guard rails"): what an acting principal may pass on to another account, by a
 * grant, a role assignment, a custom role or a token. Only what its account holds as its own counts: its
 * branch and its role assignments. What a grant gives (instance items, whole subaccounts, operate-as) is
 * used, never handed on; and acting as an account it reaches only through operate-as, nothing there is
 * the principal's to hand on (a record made there would outlive the grant).
 */
import type { Cid, Token, UnixTime } from '../domain/types';
import type { AccountRights } from './accountRights';
import { perType } from './accountRights';
import type { Engine } from './engine';
import { actingVia } from './principal';
import type { Principal, RecordType } from './types';

/** Record types that pass rights on: making or changing one is held to the account's own rights. */
export const PASS_ON_TYPES: readonly RecordType[] = ['tokens', 'grants', 'roles', 'role-assignments'];
export const passesOn = (type: RecordType): boolean => PASS_ON_TYPES.includes(type);

const OWN = new WeakMap<AccountRights, AccountRights>();

/** The same account's rights without anything a grant gives (memoized per rights object). */
export function ownRights(r: AccountRights): AccountRights {
  let own = OWN.get(r);
  if (!own) {
    own = {
      ...r,
      operateAs: [],
      subaccountGrants: new Map(),
      grantsById: perType(() => new Map()),
      grantsAll: perType(() => new Map()),
      asked: perType(() => 0),
      marks: perType((): Uint8Array | null => null),
    };
    OWN.set(r, own);
  }
  return own;
}

/** Whether the token acts as this account only through an operate-as grant. */
export const actsThroughGrant = (engine: Engine, token: Pick<Token, 'cid'>, actingCid: Cid, now: UnixTime): boolean =>
  actingVia(engine, token, actingCid, now) === 'operate-as';

/** What the principal may pass on, or null when it acts through operate-as. */
export function passOnRights(engine: Engine, p: Principal): AccountRights | null {
  if (actsThroughGrant(engine, p.token, p.actingCid, p.now)) return null;
  return ownRights(engine.rights(p.actingCid, p.now));
}
