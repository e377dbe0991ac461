/** Who may use the mock's own endpoints (reset, export, import, kept worlds): a master token of the root account. */
import { worldAdminRefusal } from '../../src/permissions';
import { HttpError } from '../http/respond';
import type { Ctx } from '../http/withPrincipal';

export function requireRootMaster(ctx: Ctx): void {
  const refused = worldAdminRefusal(ctx.p, ctx.store.world.accounts);
  if (refused) throw new HttpError(403, refused.message);
}
