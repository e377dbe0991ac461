/** Ours, mock only: reset the demo world, export and import the whole world (root master token). */
import { tokenMayUsePlatform } from '../../src/permissions';
import { demoState } from '../db/initialState';
import { migrateState } from '../db/migrations';
import { HttpError, readJson } from '../http/respond';
import type { Ctx } from '../http/withPrincipal';
import { answer, route } from './route';

function requireRootMaster(ctx: Ctx): void {
  const root = ctx.store.world.accounts.find((a) => a.owner_id === 0);
  // Acting as the root too: the whole world is what the root itself reads, not what a subaccount does.
  if (!tokenMayUsePlatform(ctx.p.token) || ctx.p.token.cid !== root?.id || ctx.p.actingCid !== root.id) throw new HttpError(403, 'Only a master token of the root account may reset, export or import the world.');
}

export const mockAdminHandlers = [
  route.post('*/mock/reset', (ctx) => {
    requireRootMaster(ctx);
    ctx.store.replace(demoState());
    return answer([{ reset: true }]);
  }),
  route.get('*/mock/export', (ctx) => {
    requireRootMaster(ctx);
    return answer([ctx.store.snapshot()]);
  }),
  route.post('*/mock/import', async (ctx) => {
    requireRootMaster(ctx);
    const body = await readJson(ctx.request);
    // An export of an older version is migrated like a stored world.
    const state = migrateState(body);
    if (!state) throw new HttpError(400, 'The body must be a world exported by GET /mock/export (this version or an older one).');
    ctx.store.replace(state);
    return answer([{ imported: true }]);
  }),
];
