/** The AccessIndex: the world's lookup tables built once, answers computed from them (rights memoized per account). */
import { isContainerType } from '../domain/types';
import type { Cid, ItemType, Token, UnixTime, World } from '../domain/types';
import { allows, decide, decideCreate } from './decide';
import { Engine } from './engine';
import { kindRefusal } from './tokenFacts';
import { accountAccess, effectiveAccess, visibleIds } from './listAccess';
import { actableAccounts, actingVia, authenticate, principal } from './principal';
import type { AccessEntry, AccessRequest, AuthResult, Decision, Principal, PrincipalResult, RecordType, WhoHasAccess } from './types';
import { whoHasAccess } from './whoHasAccess';

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
  /** decide's verdict alone (no rules, no refusal): after many questions, a bit test (see allowedMemo.ts). */
  allows(p: Principal, req: AccessRequest): boolean;
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
  /** How a token reaches an account it may act as (null: it may not). Addition to the first contract. */
  actingVia(token: Token, cid: Cid, now: UnixTime): 'self' | 'branch' | 'operate-as' | null;
}

/** Internal: the engine behind an index built here (guards use it). */
const ENGINES = new WeakMap<AccessIndex, Engine>();

export function engineOf(ix: AccessIndex): Engine {
  const e = ENGINES.get(ix);
  if (!e) throw new Error('not an AccessIndex built by buildAccessIndex');
  return e;
}

function creatableAccounts(engine: Engine, p: Principal, type: RecordType): Cid[] {
  if (engine.principalRefusal(p) || kindRefusal(p.token, type)) return [];
  const r = engine.rights(p.actingCid, p.now);
  return engine.wt.tour.filter((cid) => decideCreate(engine, p.token, r, { action: 'create', type, cid }).allowed);
}

function visibleMembers(engine: Engine, p: Principal, type: ItemType, id: number): number[] {
  if (!isContainerType(type) || !decide(engine, p, { action: 'read', type, id }).allowed) return [];
  const members = engine.wt.instances[type].byId.get(id)?.devices ?? [];
  return [...new Set(members)].filter((d) => decide(engine, p, { action: 'read', type: 'devices', id: d }).allowed);
}

/** Tuning knobs (addition to the first contract); the defaults suit the mock backend. */
export interface AccessIndexOptions {
  /**
   * After this many questions by one acting account about one instance type, its readable set is
   * memoized as one byte per instance (kept for the 64 most recent). Default 48; Infinity turns it off.
   */
  readableMemoAfter?: number;
  /** After this many yes/no questions (`allows`) by one acting account about one type and action, its answers become a bitset. Default 48. */
  allowedMemoAfter?: number;
  /**
   * An index of the world this one was made from by changes that share every list and record they did
   * not touch (copy on write): its tables are reused where their source is unchanged, so re-indexing
   * after a change costs what the change touched; when no access input changed (tablesReuse.ts), its
   * per-account memos are kept too. The answers are those of a fresh index.
   */
  previous?: AccessIndex;
}

export function buildAccessIndex(world: World, options: AccessIndexOptions = {}): AccessIndex {
  const previous = options.previous ? ENGINES.get(options.previous) : undefined;
  const engine = new Engine(world, { readableAfter: options.readableMemoAfter, allowedAfter: options.allowedMemoAfter }, previous);
  const ix: AccessIndex = {
    world,
    authenticate: (key, now) => authenticate(engine, key, now),
    principal: (key, header, now) => principal(engine, key, header, now),
    actableAccounts: (token, now) => actableAccounts(engine, token, now),
    decide: (p, req) => decide(engine, p, req),
    allows: (p, req) => allows(engine, p, req),
    visibleIds: (p, type) => visibleIds(engine, p, type),
    effectiveAccess: (p, type, ids) => effectiveAccess(engine, p, type, ids),
    accountAccess: (cid, type, now, ids) => accountAccess(engine, cid, type, now, ids),
    creatableAccounts: (p, type) => creatableAccounts(engine, p, type),
    visibleMembers: (p, type, id) => visibleMembers(engine, p, type, id),
    whoHasAccess: (type, id, now) => whoHasAccess(engine, type, id, now),
    actingVia: (token, cid, now) => actingVia(engine, token, cid, now),
  };
  ENGINES.set(ix, engine);
  return ix;
}
