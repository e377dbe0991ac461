/** `GET /platform/grantors/<sel>`: grants received by the acting account, and grantee links. */
import { tokenMayUsePlatform } from '../../src/permissions';
import { HttpError } from '../http/respond';
import { listAnswer } from '../http/listing';
import { parseSelector } from '../http/selector';
import { param } from '../http/withPrincipal';
import { answer, route } from './route';

export const receivedHandlers = [
  route.get('*/platform/grantors/:sel', (ctx) => {
    if (!tokenMayUsePlatform(ctx.p.token)) throw new HttpError(403, 'Only a master token may list received grants.');
    const pred = parseSelector(param(ctx, 'sel'));
    const now = ctx.p.now;
    const items = ctx.store.world.grants
      .filter((g) => g.subaccounts.includes(ctx.p.actingCid) && pred(g as unknown as Record<string, unknown>))
      .map((g) => ({ ...g, active: g.enabled && (g.expire === 0 || g.expire > now) }));
    const { result, extra } = listAnswer(ctx.url, items);
    return answer(result, extra);
  }),
];
