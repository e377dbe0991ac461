/** Parsing shared by the `/platform/access/*` handlers (ours): path account, type, subject token and acting account. */
import { recordsOf } from '../../src/domain/records';
import { ITEM_TYPES } from '../../src/domain/types';
import type { Token } from '../../src/domain/types';
import { accountPrincipal, readableView, REFUSE } from '../../src/permissions';
import type { Principal, RecordType } from '../../src/permissions';
import { requireMaster } from '../http/requireMaster';
import { HttpError } from '../http/respond';
import { param } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';

const RECORD_TYPES: readonly string[] = [...ITEM_TYPES, 'role-assignments'];

export function recordType(raw: string | null): RecordType {
  if (!raw || !RECORD_TYPES.includes(raw)) throw new HttpError(400, `Query parameter "type" must be one of ${RECORD_TYPES.join(', ')}.`);
  return raw as RecordType;
}

/** The account in the path: the caller's acting account, or (master tokens) any account it may act as. */
export function targetCid(ctx: Ctx): number {
  const raw = param(ctx, 'cid');
  if (!/^\d+$/.test(raw)) throw new HttpError(400, 'The account id in the path must be a number.');
  const cid = Number(raw);
  if (cid === ctx.p.actingCid) return cid;
  requireMaster(ctx);
  if (!ctx.ix.actableAccounts(ctx.p.token, ctx.p.now).includes(cid)) throw new HttpError(404, REFUSE.absent('account', cid).message);
  return cid;
}

export function positiveId(raw: string | null, name: string): number {
  if (raw === null || !/^\d{1,15}$/.test(raw) || Number(raw) === 0) throw new HttpError(400, `Parameter "${name}" must be a positive integer id.`);
  return Number(raw);
}

/** Whose access a question is about: the path account as such, or a token (`token=`), optionally acting as `acting=`. */
export interface Subject {
  principal: Principal;
  /** Set when the subject is a token. */
  token: Token | null;
  /** For explanations, by name through the caller's view: `Dana (supporter)`, `token “TrackIt link”`. */
  label: string;
  /** For a token: the name of the account it acts as (whose branch it reaches). */
  account?: string;
}

export function subjectOf(ctx: Ctx, cid: number): Subject {
  const q = ctx.url.searchParams;
  const tokenRaw = q.get('token');
  const actingRaw = q.get('acting');
  const now = ctx.p.now;
  const view = readableView(ctx.ix, ctx.p);
  const accountName = (c: number) =>
    view.may('subaccounts', c) ? (ctx.store.world.accounts.find((a) => a.id === c)?.name ?? `account #${c}`) : 'an account outside your view';
  // Another subject (another account as such, another token, another acting account) is for master tokens.
  if (actingRaw !== null) requireMaster(ctx);
  // Self-introspection (every token kind; what useCan asks): the caller's own principal, ACL and all.
  if (tokenRaw === null && actingRaw === null && cid === ctx.p.actingCid) return { principal: ctx.p, token: ctx.p.token, label: accountName(cid) };
  let token: Token | null = null;
  if (tokenRaw !== null && positiveId(tokenRaw, 'token') !== ctx.p.token.id) {
    requireMaster(ctx);
    const id = Number(tokenRaw);
    token = ctx.store.world.tokens.find((t) => t.id === id) ?? null;
    if (!token || !ctx.ix.visibleIds(ctx.p, 'tokens').includes(id)) throw new HttpError(404, REFUSE.absent('token', id).message);
  } else if (tokenRaw !== null) {
    token = ctx.p.token;
  }
  const owner = token ? token.cid : cid;
  let acting = token && !actingRaw && token === ctx.p.token ? ctx.p.actingCid : owner;
  if (actingRaw !== null) {
    acting = positiveId(actingRaw, 'acting');
    const actable = ctx.ix.actableAccounts(token ?? accountPrincipal(owner, now).token, now);
    // An account the caller cannot see is refused like one the subject may not act as (not named, not confirmed).
    if (!actable.includes(acting) || !view.may('subaccounts', acting))
      throw new HttpError(
        400,
        `Parameter "acting": ${token ? `token #${token.id}` : `account ${owner}`} may not act as account ${acting} (only its own branch and operate-as subaccounts).`,
      );
  }
  if (!token) return { principal: accountPrincipal(acting, now), token: null, label: accountName(acting) };
  const via = acting === token.cid ? '' : ` acting as ${accountName(acting)}`;
  const label = `${token.info.trim() ? `token “${token.info}”` : `token #${token.id}`}${via}`;
  return { principal: { token, actingCid: acting, now }, token, label, account: accountName(acting) };
}

type Named = ReadonlyArray<{ id: number; name?: string; info?: string }>;

/**
 * Names by id, one map per list and world version (a change copies the world, so a list that is still the
 * same array has the same names): built once, not per request, on the large world's 100,000 devices.
 */
const nameMaps = new WeakMap<Named, Map<number, string>>();

/** Names of records of a type, by id. */
export function namesOf(ctx: Ctx, type: RecordType): (id: number) => string {
  const w = ctx.store.world;
  const list: Named = type === 'role-assignments' ? [] : recordsOf(w, type);
  let names = nameMaps.get(list);
  if (!names) {
    names = new Map<number, string>();
    for (const r of list) names.set(r.id, r.name ?? r.info ?? '');
    nameMaps.set(list, names);
  }
  const byId = names;
  return (id) => byId.get(id) || `#${id}`;
}
