/** `GET /platform/grantors/<sel>`: grants received by the acting account, and grantee links. */
import { isActiveGrant } from '../../src/permissions';
import { requireMaster } from '../http/requireMaster';
import { listAnswer } from '../http/listing';
import { parseSelector } from '../http/selector';
import { param } from '../http/withPrincipal';
import { answer, route } from './route';
import { ENDPOINTS } from '../../src/contracts/endpoints';

export const receivedHandlers = [
  route.get(`*${ENDPOINTS.grantors}`, (ctx) => {
    requireMaster(ctx);
    const pred = parseSelector(param(ctx, 'sel'));
    const now = ctx.p.now;
    const items = ctx.store.world.grants
      .filter((g) => g.subaccounts.includes(ctx.p.actingCid) && pred(g as unknown as Record<string, unknown>))
      .map((g) => ({ ...g, active: isActiveGrant(g, now) }));
    const { result, extra } = listAnswer(ctx.url, items);
    return answer(result, extra);
  }),
];
