/** Ours, mock only: reset the demo world, export and import the whole world (root master token). */
import { tokenMayUsePlatform } from '../../src/permissions';
import { http } from 'msw';
import { demoState, isUsableState } from '../db/initialState';
import { HttpError, ok, readJson } from '../http/respond';
import { withPrincipal } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';

function requireRootMaster(ctx: Ctx): void {
  const root = ctx.store.world.accounts.find((a) => a.owner_id === 0);
  if (!tokenMayUsePlatform(ctx.p.token) || ctx.p.token.cid !== root?.id) throw new HttpError(403, 'Only a master token of the root account may reset, export or import the world.');
}

export const mockAdminHandlers = [
  http.post('*/mock/reset', withPrincipal((ctx) => {
    requireRootMaster(ctx);
    ctx.store.replace(demoState());
    return ok([{ reset: true }]);
  })),
  http.get('*/mock/export', withPrincipal((ctx) => {
    requireRootMaster(ctx);
    return ok([ctx.store.snapshot()]);
  })),
  http.post('*/mock/import', withPrincipal(async (ctx) => {
    requireRootMaster(ctx);
    const body = await readJson(ctx.request);
    if (!isUsableState(body)) throw new HttpError(400, 'The body must be a world exported by GET /mock/export (same version).');
    ctx.store.replace(body);
    return ok([{ imported: true }]);
  })),
];
