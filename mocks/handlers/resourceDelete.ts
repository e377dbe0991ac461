/** `DELETE <base>/:sel`: deletes the selected records and the references to them, lock-out guarded and logged. */
import { plain, removeRecords } from '../db/collections';
import type { LogInput } from '../db/store';
import { HttpError } from '../http/respond';
import { enforce, param } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { enforceIfMatch } from './ifMatch';
import { binEntriesOf } from './recycleBin/binEntries';
import type { Rec, Resource } from './resourceDescriptor';
import { answer } from './route';
import { selectVisible } from './selectVisible';
import { enforceLockout } from './writeChecks';

export const deleteHandler =
  <R extends Rec, C, U>(res: Resource<R, C, U>) =>
  (ctx: Ctx) => {
    const targets = selectVisible(ctx, res, param(ctx, 'sel'));
    for (const t of targets) {
      enforce(ctx.ix.decide(ctx.p, { action: 'delete', type: res.type, id: t.id }));
      const conflict = res.deleteConflict?.(ctx, t);
      if (conflict) throw new HttpError(409, conflict);
    }
    enforceIfMatch(
      ctx,
      res.type,
      targets.map((t) => t.id),
    );
    if (res.lockout)
      enforceLockout(
        ctx,
        res.type,
        targets.map((t) => t.id),
        'delete',
      );
    const ids = new Set(targets.map((t) => t.id));
    const before = ctx.store.world;
    const dropped = ctx.store.mutate(ctx.author, (w, idCounter) => {
      removeRecords(w, res.list(w), ids);
      const refs = res.afterDelete?.(w, ids) ?? [];
      // Issue 18: what went, as it was, into the recycle bin (never reusing an id: see idCounter).
      const binned = binEntriesOf(before, res.type, [...ids], refs, ctx.p.now, idCounter);
      // Only when something goes in: an empty bin stays absent (the journal, which names changed records, could not say "now empty").
      if (binned.length) w.deleted = [...plain(w.deleted ?? []), ...binned];
      const own: LogInput[] = targets.map((t) => ({ cid: t.cid, event: 'deleted', item_type: res.type as LogInput['item_type'], item_id: t.id, changes: {} }));
      return { value: refs, logs: [...own, ...refs] };
    });
    // The references dropped with the records, reported beside the result (an addition to the dialect).
    const references = dropped.map((l) => ({ type: l.item_type, id: l.item_id, cid: l.cid, effect: l.event }));
    return answer(
      targets.map((t) => ({ id: t.id })),
      references.length ? { references } : {},
    );
  };
