/** From a key (and an x-flespi-cid header) to a principal, or the reason it is refused. */
import type { Cid, Token, UnixTime } from '../domain/types';
import type { Engine } from './engine';
import { REFUSE } from './refusals';
import { isWellFormedKey } from '../contracts/tokenKey';
import { tokenState } from './tokenFacts';
import type { AuthResult, PrincipalResult } from './types';

export function authenticate(engine: Engine, key: string, now: UnixTime): AuthResult {
  if (!isWellFormedKey(key)) return { ok: false, status: 401, refusal: REFUSE.malformed() };
  const token = engine.wt.tokensByKey.get(key);
  if (!token || !engine.wt.pos.has(token.cid)) return { ok: false, status: 401, refusal: REFUSE.unknown() };
  const st = tokenState(token, now).state;
  if (st === 'disabled') return { ok: false, status: 401, refusal: REFUSE.disabled() };
  if (st === 'expired') return { ok: false, status: 401, refusal: REFUSE.expired() };
  if (engine.wt.blocked.has(token.cid)) return { ok: false, status: 401, refusal: REFUSE.tokenAccountBlocked() };
  return { ok: true, token };
}

const CID_HEADER = /^\s*([1-9]\d{0,14})\s*$/;

export function principal(engine: Engine, key: string, xFlespiCid: string | null | undefined, now: UnixTime): PrincipalResult {
  const auth = authenticate(engine, key, now);
  if (!auth.ok) return auth;
  const { token } = auth;
  if (xFlespiCid === null || xFlespiCid === undefined || xFlespiCid.trim() === '') return { ok: true, principal: { token, actingCid: token.cid, now } };
  const m = CID_HEADER.exec(xFlespiCid);
  if (!m) return { ok: false, status: 403, refusal: REFUSE.badCidHeader() };
  const cid = Number(m[1]);
  if (!engine.mayActAs(token.cid, cid, now)) return { ok: false, status: 403, refusal: REFUSE.cidNotAllowed(cid) };
  if (engine.wt.blocked.has(cid)) return { ok: false, status: 403, refusal: REFUSE.actingBlocked() };
  return { ok: true, principal: { token, actingCid: cid, now } };
}

/** The token's own branch, then operate-as subaccounts' branches; blocked accounts left out. */
export function actableAccounts(engine: Engine, token: Pick<Token, 'cid'>, now: UnixTime): Cid[] {
  const { wt } = engine;
  if (!wt.pos.has(token.cid) || wt.blocked.has(token.cid)) return [];
  const seen = new Set<Cid>();
  const out: Cid[] = [];
  const addRange = (lo: number, hi: number): void => {
    for (let i = lo; i <= hi; i++) {
      const c = wt.tour[i];
      if (c !== undefined && !seen.has(c) && !wt.blocked.has(c)) {
        seen.add(c);
        out.push(c);
      }
    }
  };
  const r = engine.rights(token.cid, now);
  addRange(r.branch.lo, r.branch.hi);
  for (const o of r.operateAs) addRange(o.lo, o.hi);
  return out;
}

/** How the token reaches an account it may act as. */
export function actingVia(engine: Engine, token: Pick<Token, 'cid'>, cid: Cid, now: UnixTime): 'self' | 'branch' | 'operate-as' | null {
  if (cid === token.cid) return 'self';
  const r = engine.rights(token.cid, now);
  const p = engine.wt.pos.get(cid);
  if (p === undefined) return null;
  if (p >= r.branch.lo && p <= r.branch.hi) return 'branch';
  return r.operateAs.some((o) => p >= o.lo && p <= o.hi) ? 'operate-as' : null;
}
