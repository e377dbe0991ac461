/** The permission module's "master tokens only" rule as a handler step: its one refusal, as a 403. */
import { platformRefusal } from '../../src/permissions';
import { HttpError } from './respond';
import type { Ctx } from './withPrincipal';

export function requireMaster(ctx: Ctx): void {
  const refused = platformRefusal(ctx.p.token);
  if (refused) throw new HttpError(403, refused.message);
}
