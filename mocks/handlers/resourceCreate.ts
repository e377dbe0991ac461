/** `POST <base>`: creates the records of the body (1 to 1000), each checked and logged, all or nothing. */
import { describeIssue } from '../../src/contracts/schemas';
import type { LogInput } from '../db/store';
import { HttpError, readJson } from '../http/respond';
import type { Ctx } from '../http/withPrincipal';
import { asRecord } from './resourceDescriptor';
import type { Present, Rec, Resource } from './resourceDescriptor';
import { answer } from './route';
import { enforceCreate, enforceGuard } from './writeChecks';

export const createHandler =
  <R extends Rec, C extends { cid?: number | undefined }, U>(res: Resource<R, C, U>, present: Present<R>) =>
  async (ctx: Ctx) => {
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
        enforceCreate(ctx, res.type, cid, i, w);
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
