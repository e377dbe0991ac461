/** `/auth/info` and `/platform/customer` (+ its logs): what every token may ask about itself. */
import { accountLockoutChange, addressRefusal, checkLimitAssignment, ownTokenView, projectAnswer } from '../../src/permissions';
import { http } from 'msw';
import { accountUpdate, describeIssue } from '../../src/contracts/schemas';
import { getStore } from '../db/backend';
import { clientAddress } from '../http/clientAddress';
import { logsAnswer } from './logsAnswer';
import { requireMaster } from '../http/requireMaster';
import { HttpError, fail, ok, readJson } from '../http/respond';
import { keyOf, nowSeconds } from '../http/withPrincipal';
import { enforceIfMatch } from './ifMatch';
import { enforceGuard, enforceLockout } from './writeChecks';
import { answer, route } from './route';
import { ENDPOINTS } from '../../src/contracts/endpoints';
import { EXTENSIONS_HEADER, PANEL_EXTENSIONS } from '../../src/contracts/extensions';

export const authHandlers = [
  http.get(`*${ENDPOINTS.authInfo}`, ({ request }) => {
    const store = getStore();
    const key = keyOf(request);
    if (!key) return fail(401, 'No token: send the header "Authorization: FlespiToken <key>".');
    const res = store.index().authenticate(key, nowSeconds());
    if (!res.ok) return fail(401, res.refusal.message);
    const fromHere = addressRefusal(res.token, clientAddress(request));
    if (fromHere) return fail(401, fromHere.message);
    store.touchToken(res.token.id, nowSeconds());
    const { key: _k, ...info } = res.token;
    // Its ACL names only what its account reads (the projection's rule for ACL ids, over the token's own view).
    const answer = ok(projectAnswer(ownTokenView(store.index(), res.token, nowSeconds()), [info]) as unknown[]);
    // Our extensions of flespi's dialect, learned at sign-in (the flespi-only server drops the header).
    answer.headers.set(EXTENSIONS_HEADER, PANEL_EXTENSIONS.join(','));
    return answer;
  }),
  route.get(`*${ENDPOINTS.customer}`, (ctx) => {
    const a = ctx.store.world.accounts.find((x) => x.id === ctx.p.actingCid);
    if (!a) throw new HttpError(404, 'The acting account no longer exists.');
    return answer([{ ...a, cid: a.owner_id, rev: ctx.store.rev('subaccounts', a.id) }]);
  }),
  // The acting account changing itself: the same revision, lock-out guard and audit as through /platform/subaccounts.
  route.put(`*${ENDPOINTS.customer}`, async (ctx) => {
    const parsed = accountUpdate.safeParse(await readJson(ctx.request));
    if (!parsed.success) throw new HttpError(400, `${describeIssue(parsed.error).reason}.`);
    requireMaster(ctx);
    const cid = ctx.p.actingCid;
    const current = ctx.store.world.accounts.find((x) => x.id === cid);
    if (!current) throw new HttpError(404, 'The acting account no longer exists.');
    enforceIfMatch(ctx, 'subaccounts', [cid]);
    // Issue 18: an account never sets its own limit (only the branch above its parent does).
    enforceGuard(checkLimitAssignment(ctx.store.world, ctx.p, { owner_id: current.owner_id, limit_id: parsed.data.limit_id ?? current.limit_id }, current));
    const change = accountLockoutChange(current, { ...current, blocked: parsed.data.blocked ?? current.blocked });
    if (change) enforceLockout(ctx, 'subaccounts', [cid], change);
    const updated = ctx.store.mutate(ctx.author, (w) => {
      const a = w.accounts.find((x) => x.id === cid);
      if (!a) throw new HttpError(404, 'The acting account no longer exists.');
      const changes: Record<string, [unknown, unknown]> = {};
      for (const [k, v] of Object.entries(parsed.data)) {
        const old = (a as unknown as Record<string, unknown>)[k];
        if (v !== undefined && JSON.stringify(old) !== JSON.stringify(v)) changes[k] = [old, v];
      }
      Object.assign(a, Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)));
      return { value: a, logs: [{ cid: a.id, event: 'updated', item_type: 'customer', item_id: a.id, changes }] };
    });
    return answer([{ ...updated, cid: updated.owner_id, rev: ctx.store.rev('subaccounts', cid) }]);
  }),
  route.get(`*${ENDPOINTS.customerLogs}`, (ctx) => {
    requireMaster(ctx);
    return logsAnswer(
      ctx.url,
      ctx.store.logs.filter((l) => l.cid === ctx.p.actingCid).map((l) => ({ ...l })),
    );
  }),
];
