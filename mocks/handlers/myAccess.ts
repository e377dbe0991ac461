/**
 * Ours: `GET /platform/access/<cid>/mine` — "My access" for every token kind, about itself only (cid is the
 * acting account); the answer is the permission module's `myAccessAnswer`.
 */
import { myAccessAnswer, myAccessView, REFUSE } from '../../src/permissions';
import { ENDPOINTS } from '../../src/contracts/endpoints';
import { HttpError } from '../http/respond';
import { param } from '../http/withPrincipal';
import { answer, route } from './route';

export const myAccessHandlers = [
  route.get(
    `*${ENDPOINTS.accessMine}`,
    (ctx) => {
      const raw = param(ctx, 'cid');
      if (!/^\d+$/.test(raw)) throw new HttpError(400, 'The account id in the path must be a number.');
      // About the caller itself only: another account's id is absent here, as everywhere.
      if (Number(raw) !== ctx.p.actingCid) throw new HttpError(404, REFUSE.absent('account', raw).message);
      return answer([myAccessAnswer(ctx.ix, ctx.p)]);
    },
    myAccessView,
  ),
];
