/** Ours, mock only: reset the demo world, export and import the whole world (root master token). */
import { worldAdminRefusal } from '../../src/permissions';
import { demoState } from '../db/initialState';
import { migrateState } from '../db/migrations';
import { HttpError, readJson } from '../http/respond';
import type { Ctx } from '../http/withPrincipal';
import { answer, route } from './route';
import { ENDPOINTS } from '../../src/contracts/endpoints';

function requireRootMaster(ctx: Ctx): void {
  const refused = worldAdminRefusal(ctx.p, ctx.store.world.accounts);
  if (refused) throw new HttpError(403, refused.message);
}

export const mockAdminHandlers = [
  route.post(`*${ENDPOINTS.mockReset}`, (ctx) => {
    requireRootMaster(ctx);
    ctx.store.replace(demoState());
    return answer([{ reset: true }]);
  }),
  route.get(`*${ENDPOINTS.mockExport}`, (ctx) => {
    requireRootMaster(ctx);
    return answer([ctx.store.snapshot()]);
  }),
  route.post(`*${ENDPOINTS.mockImport}`, async (ctx) => {
    requireRootMaster(ctx);
    const body = await readJson(ctx.request);
    // An export of an older version is migrated like a stored world.
    const state = migrateState(body);
    if (!state) throw new HttpError(400, 'The body must be a world exported by GET /mock/export (this version or an older one).');
    ctx.store.replace(state);
    return answer([{ imported: true }]);
  }),
];
