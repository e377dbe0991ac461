/**
 * `PUT /gw/devices/<sel>/cid` and `PUT /gw/channels/<sel>/cid` (flespi's, issue 18): moves the selected
 * items to the account of the body. Per item: the module's move rule (delete as the account's own, create
 * in the target), then the create guard with the target's limits (accounts above both the old and the new
 * owner do not count it twice), then what names the item follows the module's moveItems; all or nothing.
 */
import { ENDPOINTS } from '../../../src/contracts/endpoints';
import { moveBody } from '../../../src/contracts/limitSchemas';
import { describeIssue } from '../../../src/contracts/schemas';
import { moveItems, moveRefusal } from '../../../src/permissions';
import type { MovableType } from '../../../src/permissions';
import { plain } from '../../db/collections';
import type { LogInput } from '../../db/store';
import { HttpError, readJson } from '../../http/respond';
import { param } from '../../http/withPrincipal';
import type { Ctx } from '../../http/withPrincipal';
import { droppedLogs } from '../droppedLogs';
import { enforceIfMatch } from '../ifMatch';
import { instanceResource } from '../memberHandlers';
import { answer, route } from '../route';
import { selectVisible } from '../selectVisible';
import { enforceCreate } from '../writeChecks';

const move = (type: MovableType) => async (ctx: Ctx) => {
  const parsed = moveBody.safeParse(await readJson(ctx.request));
  if (!parsed.success) throw new HttpError(400, `cid: the body must be the target account id (or {"cid": id}); ${describeIssue(parsed.error).reason}.`);
  const target = parsed.data;
  const targets = selectVisible(ctx, instanceResource(type), param(ctx, 'sel')).filter((t) => t.cid !== target);
  for (const t of targets) {
    const refusal = moveRefusal(ctx.ix, ctx.p, type, t.id, target);
    if (refusal) throw new HttpError(refusal.status, refusal.message);
  }
  enforceIfMatch(
    ctx,
    type,
    targets.map((t) => t.id),
  );
  const { moved, refs } = ctx.store.mutate(ctx.author, (w) => {
    const logs: LogInput[] = [];
    targets.forEach((t, i) => {
      enforceCreate(ctx, type, target, i, w, t.cid);
      // One at a time, so the next item's limit check counts this one where it went.
      const item = plain(w.instances[type]).findIndex((x) => x.id === t.id);
      const rec = w.instances[type][item];
      if (rec) rec.cid = target;
      logs.push({ cid: target, event: 'updated', item_type: type, item_id: t.id, changes: { cid: [t.cid, target] } });
    });
    const refs = droppedLogs(
      moveItems(
        w,
        type,
        targets.map((t) => t.id),
        target,
      ),
    );
    const moved = plain(w.instances[type]).filter((x) => targets.some((t) => t.id === x.id));
    return { value: { moved, refs }, logs: [...logs, ...refs] };
  });
  const references = refs.map((l) => ({ type: l.item_type, id: l.item_id, cid: l.cid, effect: l.event }));
  return answer(
    moved.map((r) => ({ ...r, rev: ctx.store.rev(type, r.id) })),
    references.length ? { references } : {},
  );
};

export const moveHandlers = [route.put(`*${ENDPOINTS.deviceMove}`, move('devices')), route.put(`*${ENDPOINTS.channelMove}`, move('channels'))];
