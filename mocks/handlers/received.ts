/** `/platform/grantors/<sel>`: grants received by the acting account (GET), and leaving them (DELETE, grantee side only). */
import { isActiveGrant, leaveGrantRefusal, REFUSE } from '../../src/permissions';
import { requireMaster } from '../http/requireMaster';
import { listAnswer } from '../http/listing';
import { HttpError } from '../http/respond';
import { parseSelector, selectorIds } from '../http/selector';
import { param } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { enforceIfMatch } from './ifMatch';
import { answer, route } from './route';
import { ENDPOINTS } from '../../src/contracts/endpoints';

/** The received grants a selector picks; a plain id of a grant not received is a 404 in the module's words. */
function received(ctx: Ctx) {
  const sel = param(ctx, 'sel');
  const pred = parseSelector(sel);
  const grants = ctx.store.world.grants;
  for (const id of selectorIds(sel) ?? []) {
    const refused = leaveGrantRefusal(ctx.p, grants.find((g) => g.id === id) ?? { id, subaccounts: [] });
    if (refused) throw new HttpError(refused.status, refused.refusal.message);
  }
  return grants.filter((g) => g.subaccounts.includes(ctx.p.actingCid) && pred(g as unknown as Record<string, unknown>));
}

export const receivedHandlers = [
  route.get(`*${ENDPOINTS.grantors}`, (ctx) => {
    requireMaster(ctx);
    const now = ctx.p.now;
    const items = received(ctx).map((g) => ({ ...g, active: isActiveGrant(g, now) }));
    const { result, extra } = listAnswer(ctx.url, items);
    return answer(result, extra);
  }),
  route.delete(`*${ENDPOINTS.grantors}`, (ctx) => {
    requireMaster(ctx);
    const grants = received(ctx);
    for (const g of grants) {
      const refused = leaveGrantRefusal(ctx.p, g);
      if (refused) throw new HttpError(refused.status, refused.refusal.message);
    }
    enforceIfMatch(
      ctx,
      'grants',
      grants.map((g) => g.id),
    );
    const cid = ctx.p.actingCid;
    ctx.store.mutate(ctx.author, (w) => ({
      value: null,
      logs: grants.map((g) => {
        const rec = w.grants.find((x) => x.id === g.id);
        if (!rec) throw new HttpError(404, REFUSE.absent('grant', g.id).message);
        const before = rec.subaccounts;
        rec.subaccounts = before.filter((c) => c !== cid);
        return {
          cid: rec.cid,
          event: 'unlinked',
          item_type: 'grants' as const,
          item_id: rec.id,
          changes: { subaccounts: [before, rec.subaccounts] as [unknown, unknown] },
        };
      }),
    }));
    return answer(grants.map((g) => ({ id: g.id })));
  }),
];
