/**
 * One descriptor per collection; `collectionHandlers` turns it into GET/POST/PUT/PATCH/DELETE and
 * `/logs` handlers: parse (contracts) → decide (permissions) → store → respond.
 */
import { listAnswer } from '../http/listing';
import { enforce, param } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { logsAnswer } from './logsAnswer';
import { createHandler } from './resourceCreate';
import { deleteHandler } from './resourceDelete';
import { asRecord } from './resourceDescriptor';
import type { Rec, Resource } from './resourceDescriptor';
import { updateHandler } from './resourceUpdate';
import { answer, route } from './route';
import { selectVisible } from './selectVisible';

export function collectionHandlers<R extends Rec, C extends { cid?: number | undefined }, U>(res: Resource<R, C, U>) {
  const present = (ctx: Ctx, r: R) => ({ ...(res.present ? res.present(r) : asRecord(r)), rev: ctx.store.rev(res.type, r.id) });

  const get = (ctx: Ctx) => {
    const { result, extra } = listAnswer(ctx.url, selectVisible(ctx, res, param(ctx, 'sel')), (r) => present(ctx, r));
    return answer(result, extra);
  };

  const logs = (ctx: Ctx) => {
    const targets = selectVisible(ctx, res, param(ctx, 'sel'));
    for (const t of targets) enforce(ctx.ix.decide(ctx.p, { action: 'logs', type: res.type, id: t.id, submodule: 'logs', method: 'GET' }));
    const ids = new Set(targets.map((t) => t.id));
    const items = ctx.store.logs.filter((l) => l.item_type === res.type && ids.has(l.item_id)).map((l) => ({ ...l }));
    return logsAnswer(ctx.url, items);
  };

  const b = `*${res.base}`;
  return [
    route.get(`${b}/:sel/logs`, logs),
    route.get(`${b}/:sel`, get),
    route.post(b, createHandler(res, present)),
    route.put(`${b}/:sel`, updateHandler(res, present, false)),
    route.patch(`${b}/:sel`, updateHandler(res, present, true)),
    route.delete(`${b}/:sel`, deleteHandler(res)),
  ];
}
