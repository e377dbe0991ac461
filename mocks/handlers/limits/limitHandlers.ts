/**
 * `/platform/limits` (flespi's, issue 18): GET, POST, PUT (and PATCH), DELETE, logs; ours: `…/use`.
 * Who may: the module's limit rules (src/permissions/limits.ts). Every change is logged as `limits`.
 */
import { ENDPOINTS } from '../../../src/contracts/endpoints';
import { limitCreate, limitUpdate } from '../../../src/contracts/limitSchemas';
import { describeIssue } from '../../../src/contracts/schemas';
import { LIMIT_TYPES, UNBOUNDED } from '../../../src/domain/limits';
import type { Limit } from '../../../src/domain/limits';
import { inUse, inUseText, limitManagerRefusal, limitUsage, readableView, REFUSE } from '../../../src/permissions';
import { plain, recordById, removeRecords } from '../../db/collections';
import type { LogInput } from '../../db/store';
import { listAnswer } from '../../http/listing';
import { selectorIds } from '../../http/selector';
import { HttpError, readJson } from '../../http/respond';
import { param } from '../../http/withPrincipal';
import type { Ctx } from '../../http/withPrincipal';
import { enforceIfMatch } from '../ifMatch';
import { logsAnswer } from '../logsAnswer';
import { answer, route } from '../route';
import { enforceManager, enforceMaster, limitList, selectLimits } from './limitAccess';

const present = (ctx: Ctx, l: Limit) => ({ ...l, rev: ctx.store.rev('limits', l.id) });
const created = (l: Limit): LogInput['changes'] =>
  Object.fromEntries(
    Object.entries(l)
      .filter(([k]) => k !== 'id')
      .map(([k, v]) => [k, [null, v]]),
  ) as LogInput['changes'];

const list = (ctx: Ctx) => {
  const { result, extra } = listAnswer(ctx.url, selectLimits(ctx, param(ctx, 'sel')), (l) => present(ctx, l));
  return answer(result, extra);
};

const create = async (ctx: Ctx) => {
  const body = await readJson(ctx.request);
  const items = Array.isArray(body) ? body : [body];
  if (items.length === 0 || items.length > 100) throw new HttpError(400, 'The body must hold from 1 to 100 limits.');
  const inputs = items.map((raw, i) => {
    const r = limitCreate.safeParse(raw);
    if (!r.success) throw new HttpError(400, `Item ${i}: ${describeIssue(r.error).reason}.`, i);
    return r.data;
  });
  for (const input of inputs) enforceManager(ctx, input.cid ?? ctx.p.actingCid);
  const made = ctx.store.mutate(ctx.author, (w, ids) => {
    const out = inputs.map(({ cid, ...input }): Limit => {
      const counts = Object.fromEntries(LIMIT_TYPES.map((t) => [t, input[t] ?? UNBOUNDED])) as Record<(typeof LIMIT_TYPES)[number], number>;
      const l: Limit = { id: ids.next('limits'), cid: cid ?? ctx.p.actingCid, name: input.name, ...counts };
      if (input.description !== undefined) l.description = input.description;
      limitList(w).push(l);
      return l;
    });
    return { value: out, logs: out.map((l) => ({ cid: l.cid, event: 'created', item_type: 'limits' as const, item_id: l.id, changes: created(l) })) };
  });
  return answer(made.map((l) => present(ctx, l)));
};

const update = (patch: boolean) => async (ctx: Ctx) => {
  const parsed = limitUpdate.safeParse(await readJson(ctx.request));
  if (!parsed.success) throw new HttpError(400, `${describeIssue(parsed.error).reason}.`);
  const changes = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  if (!patch && Object.keys(changes).length === 0) throw new HttpError(400, 'The body names no field to change.');
  const targets = selectLimits(ctx, param(ctx, 'sel'));
  enforceIfMatch(
    ctx,
    'limits',
    targets.map((t) => t.id),
  );
  const updated = ctx.store.mutate(ctx.author, (w) => {
    const logs: LogInput[] = [];
    const out = targets.map((t) => {
      const rec = recordById(limitList(w), t.id);
      if (!rec) throw new HttpError(404, REFUSE.absent('limits', t.id).message);
      const diff: Record<string, [unknown, unknown]> = {};
      const fields = rec as unknown as Record<string, unknown>;
      for (const [k, v] of Object.entries(changes)) {
        if (JSON.stringify(fields[k]) !== JSON.stringify(v)) diff[k] = [fields[k], v];
        fields[k] = v;
      }
      logs.push({ cid: rec.cid, event: 'updated', item_type: 'limits', item_id: rec.id, changes: diff });
      return plain(rec);
    });
    return { value: out, logs };
  });
  return answer(updated.map((l) => present(ctx, l)));
};

const remove = (ctx: Ctx) => {
  const targets = selectLimits(ctx, param(ctx, 'sel'));
  const view = readableView(ctx.ix, ctx.p);
  for (const t of targets) {
    const users = ctx.store.world.accounts.filter((a) => a.limit_id === t.id).map((a) => ({ type: 'subaccounts' as const, id: a.id }));
    if (users.length) throw new HttpError(409, REFUSE.limitInUse(t.name, inUseText(inUse(view, users), 'subaccount')).message);
  }
  enforceIfMatch(
    ctx,
    'limits',
    targets.map((t) => t.id),
  );
  ctx.store.mutate(ctx.author, (w) => {
    removeRecords(w, limitList(w), new Set(targets.map((t) => t.id)));
    return { value: null, logs: targets.map((t) => ({ cid: t.cid, event: 'deleted', item_type: 'limits' as const, item_id: t.id, changes: {} })) };
  });
  return answer(targets.map((t) => ({ id: t.id })));
};

/** The log of the limits selected, deleted ones included (by id or `all`) where the caller manages their owner. */
const logs = (ctx: Ctx) => {
  enforceMaster(ctx);
  const sel = param(ctx, 'sel');
  const named = selectorIds(sel);
  const w = ctx.store.world;
  const managed = ctx.store.logs.filter((l) => l.item_type === 'limits' && limitManagerRefusal(w, ctx.p, l.cid) === null);
  for (const id of named ?? []) if (!managed.some((l) => l.item_id === id)) throw new HttpError(404, REFUSE.absent('limits', id).message);
  const live = named || sel === 'all' ? null : new Set(selectLimits(ctx, sel).map((l) => l.id));
  const shown = managed.filter((l) => (named ? named.includes(l.item_id) : live ? live.has(l.item_id) : true));
  return logsAnswer(
    ctx.url,
    shown.map((l) => ({ ...l })),
  );
};

/** Ours: per selected limit, the accounts it is assigned to (that the caller knows) and their use against it. */
const use = (ctx: Ctx) => {
  const w = ctx.store.world;
  const view = readableView(ctx.ix, ctx.p);
  return answer(
    selectLimits(ctx, param(ctx, 'sel')).map((l) => ({
      limit_id: l.id,
      accounts: w.accounts
        .filter((a) => a.limit_id === l.id && view.may('subaccounts', a.id))
        .map((a) => ({ id: a.id, name: a.name, use: limitUsage(w, a.id) })),
    })),
  );
};

export const limitHandlers = [
  route.get(`*${ENDPOINTS.limitLogs}`, logs),
  route.get(`*${ENDPOINTS.limitUse}`, use),
  route.get(`*${ENDPOINTS.limitRecords}`, list),
  route.post(`*${ENDPOINTS.limits}`, create),
  route.put(`*${ENDPOINTS.limitRecords}`, update(false)),
  route.patch(`*${ENDPOINTS.limitRecords}`, update(true)),
  route.delete(`*${ENDPOINTS.limitRecords}`, remove),
];
