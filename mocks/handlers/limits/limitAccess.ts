/** The limits a request addresses: only master tokens, only the limits the module lets the caller read. */
import { limitManagerRefusal, platformRefusal, readableLimits, readableView, REFUSE } from '../../../src/permissions';
import type { Limit } from '../../../src/domain/limits';
import type { World } from '../../../src/domain/types';
import { HttpError } from '../../http/respond';
import { parseSelector, selectorIds } from '../../http/selector';
import type { Ctx } from '../../http/withPrincipal';

/** The world's limits, created on first write (a world stored before issue 18 has none). */
export const limitList = (w: World): Limit[] => (w.limits ??= []);

export function enforceMaster(ctx: Ctx): void {
  const kind = platformRefusal(ctx.p.token);
  if (kind) throw new HttpError(403, kind.message);
}

/** Limits the selector names among those the caller reads; a plain id it cannot read is a 404. */
export function selectLimits(ctx: Ctx, sel: string): Limit[] {
  enforceMaster(ctx);
  const readable = readableLimits(ctx.store.world, ctx.p);
  const ids = selectorIds(sel);
  if (ids) {
    for (const id of ids) if (!readable.some((l) => l.id === id)) throw new HttpError(404, REFUSE.absent('limits', id).message);
    return readable.filter((l) => ids.includes(l.id));
  }
  const pred = parseSelector(sel);
  return readable.filter((l) => pred(l as unknown as Record<string, unknown>));
}

/** May the caller define limits in account `cid`? An account it does not know is absent (404). */
export function enforceManager(ctx: Ctx, cid: number, field = 'cid'): void {
  if (!readableView(ctx.ix, ctx.p).may('subaccounts', cid)) throw new HttpError(404, REFUSE.absentIn(field, 'account', cid).message);
  const refusal = limitManagerRefusal(ctx.store.world, ctx.p, cid);
  if (refusal) throw new HttpError(403, `${field}: ${refusal}`);
}
