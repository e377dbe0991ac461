import { listRefusal, REFUSE } from '../../src/permissions';
import type { RecordType } from '../../src/permissions';
import type { World } from '../../src/domain/types';
import { HttpError } from '../http/respond';
import { parseSelector, selectorIds } from '../http/selector';
import type { Ctx } from '../http/withPrincipal';
import { asRecord } from './resourceDescriptor';
import type { Rec } from './resourceDescriptor';

/** Items the selector names among those the principal may read; an unreadable plain id is a 404. */
export function selectVisible<R extends Rec>(ctx: Ctx, res: { type: RecordType; list: (w: World) => R[] }, sel: string): R[] {
  const kind = listRefusal(ctx.p.token, res.type);
  if (kind) throw new HttpError(kind.status, kind.refusal.message);
  const ids = selectorIds(sel);
  if (ids) {
    // Named ids (the usual write): each asked on its own, not the whole visible set built for them.
    for (const id of ids) if (!ctx.ix.allows(ctx.p, { action: 'read', type: res.type, id })) throw new HttpError(404, REFUSE.absent(res.type, id).message);
    const named = new Set(ids);
    return res.list(ctx.store.world).filter((r) => named.has(r.id));
  }
  const pred = parseSelector(sel);
  const visible = new Set(ctx.ix.visibleIds(ctx.p, res.type));
  return res.list(ctx.store.world).filter((r) => visible.has(r.id) && pred(asRecord(r)));
}
