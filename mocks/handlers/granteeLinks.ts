/** `/platform/grants/<sel>/subaccounts/<sel>`: list (GET), link (POST) and unlink (DELETE) grantees. */
import { checkGrantDraft, readableView, REFUSE } from '../../src/permissions';
import type { Grant } from '../../src/domain/types';
import { HttpError } from '../http/respond';
import { parseSelector } from '../http/selector';
import { enforce, param } from '../http/withPrincipal';
import { selectVisible } from './selectVisible';
import { enforceIfMatch } from './ifMatch';
import { ENDPOINTS } from '../../src/contracts/endpoints';
import { answer, route } from './route';

const grantsRes = { type: 'grants' as const, list: (w: { grants: Grant[] }) => w.grants };
const base = `*${ENDPOINTS.grantees}`;

export const granteeLinkHandlers = [
  route.get(base, (ctx) => {
    const grants = selectVisible(ctx, grantsRes, param(ctx, 'sel'));
    const pred = parseSelector(param(ctx, 'asel'));
    const view = readableView(ctx.ix, ctx.p);
    const ids = new Set(grants.flatMap((g) => g.subaccounts).filter((c) => view.may('subaccounts', c)));
    return answer(
      ctx.store.world.accounts.filter((a) => ids.has(a.id) && pred(a as unknown as Record<string, unknown>)).map((a) => ({ id: a.id, name: a.name })),
    );
  }),
  ...(['post', 'delete'] as const).map((verb) =>
    route[verb](base, (ctx) => {
      const grants = selectVisible(ctx, grantsRes, param(ctx, 'sel'));
      const raw = param(ctx, 'asel');
      if (!/^\d+(,\d+)*$/.test(raw)) throw new HttpError(400, 'The subaccount selector must be one id or a comma-separated list of ids.');
      const cids = raw.split(',').map(Number);
      // An account the caller does not know is absent for it: the same 404 as an account that never existed.
      const view = readableView(ctx.ix, ctx.p);
      for (const c of cids)
        if (!view.may('subaccounts', c) || !ctx.store.world.accounts.some((a) => a.id === c)) throw new HttpError(404, REFUSE.absent('account', c).message);
      for (const g of grants) {
        enforce(ctx.ix.decide(ctx.p, { action: 'update', type: 'grants', id: g.id }));
        const subaccounts = verb === 'post' ? [...new Set([...g.subaccounts, ...cids])] : g.subaccounts.filter((c) => !cids.includes(c));
        const { id: _i, ...draft } = g;
        const guard = checkGrantDraft(ctx.ix, ctx.p, { ...draft, subaccounts }, g);
        if (!guard.ok) throw new HttpError(guard.status, `${guard.field}: ${guard.refusal.message}`);
      }
      enforceIfMatch(
        ctx,
        'grants',
        grants.map((g) => g.id),
      );
      ctx.store.mutate(ctx.author, (w) => ({
        value: null,
        logs: grants.map((g) => {
          const rec = w.grants.find((x) => x.id === g.id);
          if (!rec) throw new HttpError(404, REFUSE.absent('grants', g.id).message);
          const before = rec.subaccounts;
          rec.subaccounts = verb === 'post' ? [...new Set([...before, ...cids])] : before.filter((c) => !cids.includes(c));
          return {
            cid: rec.cid,
            event: verb === 'post' ? 'linked' : 'unlinked',
            item_type: 'grants' as const,
            item_id: rec.id,
            changes: { subaccounts: [before, rec.subaccounts] as [unknown, unknown] },
          };
        }),
      }));
      return answer(cids.map((id) => ({ id })));
    }),
  ),
];
