/** The refusals a write meets before it is stored: create rights, the module's guards, the lock-out guard. */
import { isLimitType } from '../../src/domain/limits';
import type { World } from '../../src/domain/types';
import { accountChain, limitBreach, limitBreachText, limitedChain, lockoutRisk } from '../../src/permissions';
import { plain } from '../db/collections';
import type { GuardResult, LockoutChange, RecordType } from '../../src/permissions';
import { HttpError } from '../http/respond';
import type { Ctx } from '../http/withPrincipal';

/** An explicit confirmation of a lock-out risk: `?confirm=lockout` or the header `x-confirm: lockout`. */
const confirmed = (ctx: Ctx): boolean => ctx.url.searchParams.get('confirm') === 'lockout' || ctx.request.headers.get('x-confirm') === 'lockout';

/** 409 with the module's reason when the change would lock someone out (and is not, or cannot be, confirmed). */
export function enforceLockout(ctx: Ctx, type: RecordType, ids: readonly number[], change: LockoutChange): void {
  if (ids.length === 0) return;
  const risk = lockoutRisk(ctx.ix, ctx.p, { type, ids, change });
  if (!risk || (risk.confirmable && confirmed(ctx))) return;
  throw new HttpError(409, risk.confirmable ? `${risk.message} To go ahead anyway, confirm it (query "confirm=lockout").` : risk.message);
}

export function enforceGuard(g: GuardResult | undefined, index?: number): void {
  if (g && !g.ok) throw new HttpError(g.status, `${g.field}: ${g.refusal.message}`, index);
}

/**
 * The refusal of creating item `i` of a POST body in account `cid`, if refused: the create right, then the
 * limits of `cid` and of every account above it (issue 18: 409 naming the limit and the account as the
 * caller may read them). `w`: the world the item joins (a change's draft, so a batch counts its own items);
 * every path that adds an item to an account (POST, a restore, a move) goes through here.
 */
export function enforceCreate(ctx: Ctx, type: RecordType, cid: number, i: number, w?: World, movedFrom?: number): void {
  const d = ctx.ix.decide(ctx.p, { action: 'create', type, cid });
  if (!d.allowed) throw new HttpError(d.status, `Item ${i}: ${d.refusal?.message ?? 'not allowed'}`, i);
  enforceLimit(ctx, type, cid, i, w, movedFrom);
}

/**
 * 409 when one more `type` in account `cid` would pass a limit of it or of an account above it. A move
 * (`movedFrom`: the item's account) does not count again where the item already is (accounts above both).
 */
export function enforceLimit(ctx: Ctx, type: RecordType, cid: number, i: number, w: World = ctx.store.world, movedFrom?: number): void {
  if (!isLimitType(type) || !w.limits?.length) return;
  const world = { ...w, accounts: plain(w.accounts), limits: plain(w.limits) };
  if (!limitedChain(world, cid)) return;
  // Counted on plain lists: reading a draft's records one by one drafts each of them.
  Object.assign(world, { tokens: plain(w.tokens), instances: plain(w.instances) });
  const breach = limitBreach(world, cid, type, 1, movedFrom === undefined ? undefined : new Set(accountChain(world, movedFrom)));
  if (!breach) return;
  throw new HttpError(409, `Item ${i}: ${limitBreachText(world, ctx.p, breach)}`, i);
}
