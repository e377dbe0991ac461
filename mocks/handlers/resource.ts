/**
 * One descriptor per collection; `collectionHandlers` turns it into GET/POST/PUT/PATCH/DELETE and
 * `/logs` handlers: parse (contracts) → decide (permissions) → store → respond.
 */
import type { z } from 'zod';
import { describeIssue } from '../../src/contracts/schemas';
import { listRefusal, lockoutRisk } from '../../src/permissions';
import type { GuardResult, LockoutChange, RecordType } from '../../src/permissions';
import type { World } from '../../src/domain/types';
import { plain, recordById, removeRecords } from '../db/collections';
import type { LogInput } from '../db/store';
import { listAnswer } from '../http/listing';
import { logsAnswer } from './logsAnswer';
import { HttpError, readJson } from '../http/respond';
import { parseSelector, selectorIds } from '../http/selector';
import { enforce, param } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { enforceIfMatch } from './ifMatch';
import { answer, route } from './route';

export interface Rec {
  id: number;
  cid: number;
}

export interface Resource<R extends Rec, C, U> {
  type: RecordType;
  base: string;
  list: (w: World) => R[];
  createSchema: z.ZodType<C>;
  updateSchema: z.ZodType<U>;
  build: (input: C, cid: number, id: number, ctx: Ctx) => R;
  guard?: (ctx: Ctx, draft: R, existing?: R) => GuardResult;
  /** A conflict that forbids deleting (409 reason), or null. */
  deleteConflict?: (ctx: Ctx, r: R) => string | null;
  /** Removes references to deleted records elsewhere in the world; returns the log records of what it changed. */
  afterDelete?: (w: World, ids: Set<number>) => LogInput[];
  /**
   * Lock-out guard (permission module): which guarded change an update makes (null: none); deleting
   * is guarded whenever this is set.
   */
  lockout?: (before: R, after: R) => LockoutChange | null;
  present?: (r: R) => Record<string, unknown>;
}

const asRecord = (r: Rec) => r as unknown as Record<string, unknown>;

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

/** Items the selector names among those the principal may read; an unreadable plain id is a 404. */
export function selectVisible<R extends Rec>(ctx: Ctx, res: { type: RecordType; list: (w: World) => R[] }, sel: string): R[] {
  const kind = listRefusal(ctx.p.token, res.type);
  if (kind) throw new HttpError(kind.status, kind.refusal.message);
  const ids = selectorIds(sel);
  if (ids) {
    // Named ids (the usual write): each asked on its own, not the whole visible set built for them.
    for (const id of ids) if (!ctx.ix.allows(ctx.p, { action: 'read', type: res.type, id })) throw new HttpError(404, `No ${res.type} with id ${id}.`);
    const named = new Set(ids);
    return res.list(ctx.store.world).filter((r) => named.has(r.id));
  }
  const pred = parseSelector(sel);
  const visible = new Set(ctx.ix.visibleIds(ctx.p, res.type));
  return res.list(ctx.store.world).filter((r) => visible.has(r.id) && pred(asRecord(r)));
}

export function collectionHandlers<R extends Rec, C extends { cid?: number | undefined }, U>(res: Resource<R, C, U>) {
  const present = (ctx: Ctx, r: R) => ({ ...(res.present ? res.present(r) : asRecord(r)), rev: ctx.store.rev(res.type, r.id) });

  const get = (ctx: Ctx) => {
    const { result, extra } = listAnswer(ctx.url, selectVisible(ctx, res, param(ctx, 'sel')), (r) => present(ctx, r));
    return answer(result, extra);
  };

  const post = async (ctx: Ctx) => {
    const body = await readJson(ctx.request);
    if (!Array.isArray(body)) throw new HttpError(400, 'The body must be a JSON array of objects to create.');
    if (body.length === 0 || body.length > 1000) throw new HttpError(400, 'The body must hold from 1 to 1000 objects.');
    const inputs = body.map((raw, i) => {
      const parsed = res.createSchema.safeParse(raw);
      if (!parsed.success) throw new HttpError(400, `Item ${i}: ${describeIssue(parsed.error).reason}.`, i);
      return parsed.data;
    });
    const created = ctx.store.mutate(ctx.author, (w, idCounter) => {
      const list = res.list(w);
      const logs: LogInput[] = [];
      const out = inputs.map((input, i) => {
        const cid = input.cid ?? ctx.p.actingCid;
        enforceCreate(ctx, res.type, cid, i);
        const rec = res.build(input, cid, idCounter.next(res.type), ctx);
        enforceGuard(res.guard?.(ctx, rec), i);
        list.push(rec);
        const changes = Object.fromEntries(
          Object.entries(asRecord(rec))
            .filter(([k]) => k !== 'key' && k !== 'id')
            .map(([k, v]) => [k, [null, v]]),
        );
        logs.push({ cid, event: 'created', item_type: res.type as LogInput['item_type'], item_id: rec.id, changes: changes as LogInput['changes'] });
        return rec;
      });
      return { value: out, logs };
    });
    return answer(created.map((r) => present(ctx, r)));
  };

  const update = (patch: boolean) => async (ctx: Ctx) => {
    const parsed = res.updateSchema.safeParse(await readJson(ctx.request));
    if (!parsed.success) throw new HttpError(400, `${describeIssue(parsed.error).reason}.`);
    const changes = parsed.data as Record<string, unknown>;
    if (!patch && Object.keys(changes).length === 0) throw new HttpError(400, 'The body names no field to change.');
    const targets = selectVisible(ctx, res, param(ctx, 'sel'));
    for (const t of targets) enforce(ctx.ix.decide(ctx.p, { action: 'update', type: res.type, id: t.id }));
    enforceIfMatch(
      ctx,
      res.type,
      targets.map((t) => t.id),
    );
    const lockout = res.lockout;
    if (lockout) {
      const byChange = new Map<LockoutChange, number[]>();
      for (const t of targets) {
        const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
        const change = lockout(t, { ...t, ...defined });
        if (change) byChange.set(change, [...(byChange.get(change) ?? []), t.id]);
      }
      for (const [change, ids] of byChange) enforceLockout(ctx, res.type, ids, change);
    }
    const updated = ctx.store.mutate(ctx.author, (w) => {
      const list = res.list(w);
      const logs: LogInput[] = [];
      const out = targets.map((t) => {
        const rec = recordById(list, t.id);
        if (!rec) throw new HttpError(404, `No ${res.type} with id ${t.id}.`);
        const before = plain(rec);
        const diff: Record<string, [unknown, unknown]> = {};
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined) continue;
          const old = asRecord(rec)[k];
          if (JSON.stringify(old) !== JSON.stringify(v)) diff[k] = [old, v];
          asRecord(rec)[k] = v;
        }
        enforceGuard(res.guard?.(ctx, rec, before));
        logs.push({ cid: rec.cid, event: 'updated', item_type: res.type as LogInput['item_type'], item_id: rec.id, changes: diff });
        return rec;
      });
      return { value: out, logs };
    });
    return answer(updated.map((r) => present(ctx, r)));
  };

  const del = (ctx: Ctx) => {
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
    const dropped = ctx.store.mutate(ctx.author, (w) => {
      removeRecords(w, res.list(w), ids);
      const refs = res.afterDelete?.(w, ids) ?? [];
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
    route.post(b, post),
    route.put(`${b}/:sel`, update(false)),
    route.patch(`${b}/:sel`, update(true)),
    route.delete(`${b}/:sel`, del),
  ];
}
