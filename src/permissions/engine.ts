/**
 * The state behind an AccessIndex: the world's lookup tables plus lazily memoized per-account rights, and the
 * checks every question starts with (is the token usable, may it act as that account).
 */
import type { Cid, Permission, Role, Token, UnixTime, World } from '../domain/types';
import { computeAccountRights } from './accountRights';
import { AllowedMemo } from './allowedMemo';
import type { AccountRights } from './accountRights';
import { ReadableMemo } from './readableMemo';
import { REFUSE } from './refusals';
import { RuleList } from './ruleList';
import { tokenState } from './tokenFacts';
import type { Principal, Refusal } from './types';
import { buildWorldTables, inBranch } from './worldTables';
import type { WorldTables } from './worldTables';

export interface Refused {
  status: 401 | 403 | 404;
  refusal: Refusal;
}

interface GateMemo {
  token: Token;
  now: UnixTime;
  acting: Cid;
  cid: Cid;
  enabled: boolean;
  expire: UnixTime;
  ttl: number;
  accessed: UnixTime;
  refused: Refused | null;
  rights?: AccountRights;
}

export class Engine {
  readonly wt: WorldTables;
  private readonly rightsCache: Map<Cid, AccountRights>;
  private readonly perms: WeakMap<Role, ReadonlySet<Permission>>;

  /**
   * With `previous` (the engine of the world this one was changed from), its tables are reused where their
   * source did not change, and when no access input changed (`wt.inputs`, tablesReuse.ts) its per-account
   * rights, readable marks and allowed bits too: they are what a fresh engine would compute again.
   */
  constructor(world: World, memo: { readableAfter?: number; allowedAfter?: number } = {}, previous?: Engine) {
    this.wt = buildWorldTables(world, previous?.wt);
    const keep = previous !== undefined && previous.wt.inputs === this.wt.inputs;
    this.rightsCache = keep ? previous.rightsCache : new Map();
    this.perms = previous?.perms ?? new WeakMap();
    this.readable = new ReadableMemo(this.wt, memo.readableAfter, keep ? previous.readable : undefined);
    this.allowed = new AllowedMemo(this.wt, memo.allowedAfter, keep ? previous.allowed : undefined);
  }

  readonly permsOf = (role: Role): ReadonlySet<Permission> => {
    let s = this.perms.get(role);
    if (!s) {
      s = new Set(role.permissions);
      this.perms.set(role, s);
    }
    return s;
  };

  /** Rights of an acting account at a time; recomputed when asked about another time. */
  rights(cid: Cid, now: UnixTime): AccountRights {
    const hit = this.rightsCache.get(cid);
    if (hit && hit.now === now) return hit;
    const r = computeAccountRights(this.wt, cid, now, this.permsOf);
    this.rightsCache.set(cid, r);
    return r;
  }

  /** x-flespi-cid: the token account's branch, or the branch of a subaccount it holds operate-as for. */
  mayActAs(tokenCid: Cid, cid: Cid, now: UnixTime): boolean {
    if (inBranch(this.wt, tokenCid, cid)) return true;
    const p = this.wt.pos.get(cid);
    if (p === undefined) return false;
    return this.rights(tokenCid, now).operateAs.some((o) => p >= o.lo && p <= o.hi);
  }

  private readonly gates = new WeakMap<Principal, GateMemo>();
  /** Scratch rule lists for decide's hot path (answers get snapshots). */
  readonly scratchRead = new RuleList();
  readonly scratchAction = new RuleList();
  readonly readable: ReadableMemo;
  readonly allowed: AllowedMemo;

  /** The acting account's rights when the principal passes the gate, else null (memoized with the gate: one lookup). */
  usableRights(p: Principal): AccountRights | null {
    const m = this.gates.get(p);
    if (m !== undefined && m.rights !== undefined && m.rights.now === p.now && this.memoHolds(m, p)) return m.rights;
    if (this.gate(p) !== null) return null;
    const r = this.rights(p.actingCid, p.now);
    const fresh = this.gates.get(p);
    if (fresh) fresh.rights = r;
    return r;
  }

  private memoHolds(m: GateMemo, p: Principal): boolean {
    const t = p.token;
    return (
      m.token === t &&
      m.now === p.now &&
      m.acting === p.actingCid &&
      m.cid === t.cid &&
      m.enabled === t.enabled &&
      m.expire === t.expire &&
      m.ttl === t.ttl &&
      m.accessed === t.accessed
    );
  }

  /** principalRefusal, remembered per principal object while its token and time stay the same. */
  gate(p: Principal): Refused | null {
    const m = this.gates.get(p);
    if (m && this.memoHolds(m, p)) return m.refused;
    const t = p.token;
    const refused = this.principalRefusal(p);
    this.gates.set(p, {
      token: t,
      now: p.now,
      acting: p.actingCid,
      cid: t.cid,
      enabled: t.enabled,
      expire: t.expire,
      ttl: t.ttl,
      accessed: t.accessed,
      refused,
    });
    return refused;
  }

  /** Token usable, account not blocked, acting account allowed. */
  principalRefusal(p: Principal): Refused | null {
    const st = tokenState(p.token, p.now).state;
    if (st === 'disabled') return { status: 401, refusal: REFUSE.disabled() };
    if (st === 'expired') return { status: 401, refusal: REFUSE.expired() };
    if (!this.wt.pos.has(p.token.cid)) return { status: 401, refusal: REFUSE.unknown() };
    if (this.wt.blocked.has(p.token.cid)) return { status: 401, refusal: REFUSE.tokenAccountBlocked() };
    if (!this.mayActAs(p.token.cid, p.actingCid, p.now)) return { status: 403, refusal: REFUSE.cidNotAllowed(p.actingCid) };
    if (this.wt.blocked.has(p.actingCid)) return { status: 403, refusal: REFUSE.actingBlocked() };
    return null;
  }
}
