/** `PUT|PATCH <base>/:sel`: changes the selected records (PUT must name a field), checked, lock-out guarded and logged. */
import { REFUSE } from '../../src/permissions';
import { describeIssue } from '../../src/contracts/schemas';
import type { LockoutChange } from '../../src/permissions';
import { plain, recordById } from '../db/collections';
import type { LogInput } from '../db/store';
import { HttpError, readJson } from '../http/respond';
import { enforce, param } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { enforceIfMatch } from './ifMatch';
import { asRecord } from './resourceDescriptor';
import type { Present, Rec, Resource } from './resourceDescriptor';
import { answer } from './route';
import { selectVisible } from './selectVisible';
import { enforceGuard, enforceLockout } from './writeChecks';

export const updateHandler =
  <R extends Rec, C, U>(res: Resource<R, C, U>, present: Present<R>, patch: boolean) =>
  async (ctx: Ctx) => {
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
        if (!rec) throw new HttpError(404, REFUSE.absent(res.type, t.id).message);
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
