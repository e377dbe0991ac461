/**
 * Ours, about the caller itself only (cid is the acting account), for every token kind:
 * `GET /platform/access/<cid>/mine` — "My access", the permission module's `myAccessAnswer`;
 * `GET /platform/access/<cid>/names` — the accounts it may know by name (`knownAccounts`), for owners and labels.
 * Both are projected with `myAccessView`.
 */
import { knownAccounts, myAccessAnswer, myAccessView, REFUSE } from '../../src/permissions';
import { ENDPOINTS } from '../../src/contracts/endpoints';
import { HttpError } from '../http/respond';
import { param } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { answer, route } from './route';

function ownAccount(ctx: Ctx): void {
  const raw = param(ctx, 'cid');
  if (!/^\d+$/.test(raw)) throw new HttpError(400, 'The account id in the path must be a number.');
  // About the caller itself only: another account's id is absent here, as everywhere.
  if (Number(raw) !== ctx.p.actingCid) throw new HttpError(404, REFUSE.absent('account', raw).message);
}

export const myAccessHandlers = [
  route.get(
    `*${ENDPOINTS.accessMine}`,
    (ctx) => {
      ownAccount(ctx);
      return answer([myAccessAnswer(ctx.ix, ctx.p)]);
    },
    myAccessView,
  ),
  route.get(
    `*${ENDPOINTS.accessNames}`,
    (ctx) => {
      ownAccount(ctx);
      return answer(knownAccounts(ctx.ix, ctx.p));
    },
    myAccessView,
  ),
];
