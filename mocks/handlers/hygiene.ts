/**
 * Ours: access hygiene questions of the acting principal (master tokens only), answered by the
 * permission module.
 * - `GET /platform/access/<cid>/lockout?type=&id=&change=` → `[LockoutRisk]` or `[]`: would this change
 *   lock someone out? (the same check the writes make; `id` may be a comma-separated list)
 * - `GET /platform/access/<cid>/hygiene` → `HygieneFinding[]`: visible grants and role assignments that
 *   give nothing any more, with the reasons.
 * `<cid>` must be the acting account (send x-flespi-cid to ask as another one).
 */
import { hygieneFindings, LOCKOUT_CHANGES, lockoutRisk, readableView, REFUSE } from '../../src/permissions';
import type { LockoutChange } from '../../src/permissions';
import { requireMaster } from '../http/requireMaster';
import { HttpError } from '../http/respond';
import { param } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { answer, route } from './route';
import { ENDPOINTS } from '../../src/contracts/endpoints';

const LOCKOUT_TYPES = ['tokens', 'grants', 'role-assignments', 'subaccounts'] as const;
type LockoutType = (typeof LOCKOUT_TYPES)[number];

function actingOnly(ctx: Ctx): void {
  requireMaster(ctx);
  const raw = param(ctx, 'cid');
  if (!/^\d+$/.test(raw)) throw new HttpError(400, 'The account id in the path must be a number.');
  if (Number(raw) !== ctx.p.actingCid) throw new HttpError(404, REFUSE.absent('account', raw, 'to ask as: send x-flespi-cid to act as it').message);
}

function oneOf<T extends string>(name: string, raw: string | null, allowed: readonly T[]): T {
  if (!raw || !(allowed as readonly string[]).includes(raw)) throw new HttpError(400, `Query parameter "${name}" must be one of ${allowed.join(', ')}.`);
  return raw as T;
}

export const hygieneHandlers = [
  route.get(`*${ENDPOINTS.accessLockout}`, (ctx) => {
    actingOnly(ctx);
    const q = ctx.url.searchParams;
    const type = oneOf<LockoutType>('type', q.get('type'), LOCKOUT_TYPES);
    const change = oneOf<LockoutChange>('change', q.get('change'), LOCKOUT_CHANGES);
    const raw = q.get('id') ?? '';
    if (!/^\d+(,\d+)*$/.test(raw)) throw new HttpError(400, 'Query parameter "id" must be an id or a comma-separated list of ids.');
    const ids = raw.split(',').map(Number);
    const visible = new Set(ctx.ix.visibleIds(ctx.p, type));
    for (const id of ids) if (!visible.has(id)) throw new HttpError(404, REFUSE.absent(type, id).message);
    const risk = lockoutRisk(ctx.ix, ctx.p, { type, ids, change });
    return answer(risk ? [risk] : []);
  }),
  route.get(`*${ENDPOINTS.accessHygiene}`, (ctx) => {
    actingOnly(ctx);
    const only = { grants: new Set(ctx.ix.visibleIds(ctx.p, 'grants')), assignments: new Set(ctx.ix.visibleIds(ctx.p, 'role-assignments')) };
    return answer(hygieneFindings(ctx.store.world, ctx.p.now, only, readableView(ctx.ix, ctx.p)));
  }),
];
