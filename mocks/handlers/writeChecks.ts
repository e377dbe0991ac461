/** The refusals a write meets before it is stored: create rights, the module's guards, the lock-out guard. */
import { lockoutRisk } from '../../src/permissions';
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

/** The refusal of creating item `i` of a POST body in account `cid`, if refused. */
export function enforceCreate(ctx: Ctx, type: RecordType, cid: number, i: number): void {
  const d = ctx.ix.decide(ctx.p, { action: 'create', type, cid });
  if (!d.allowed) throw new HttpError(d.status, `Item ${i}: ${d.refusal?.message ?? 'not allowed'}`, i);
}
