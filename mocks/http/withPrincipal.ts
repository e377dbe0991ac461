/**
 * Higher-order resolver: authenticates the token, applies `x-flespi-cid` (both through the permission
 * module), records the token's use, and turns thrown HttpErrors into `{errors}` answers.
 */
import { addressRefusal } from '../../src/permissions';
import type { AccessIndex, Principal } from '../../src/permissions';
import { getStore } from '../db/backend';
import type { Store } from '../db/store';
import { clientAddress } from './clientAddress';
import { HttpError, fail } from './respond';

export interface Ctx {
  request: Request;
  url: URL;
  params: Record<string, string | readonly string[] | undefined>;
  p: Principal;
  ix: AccessIndex;
  store: Store;
  author: { tokenId: number; actorCid: number };
}

interface MswArgs {
  request: Request;
  params: Record<string, string | readonly string[] | undefined>;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export function keyOf(request: Request): string {
  const h = request.headers.get('authorization') ?? '';
  const m = /^FlespiToken\s+(.+)$/i.exec(h.trim());
  return m?.[1]?.trim() ?? '';
}

export function withPrincipal(resolver: (ctx: Ctx) => Response | Promise<Response>) {
  return async ({ request, params }: MswArgs): Promise<Response> => {
    const store = getStore();
    const ix = store.index();
    const now = nowSeconds();
    const key = keyOf(request);
    if (!key) return fail(401, 'No token: send the header "Authorization: FlespiToken <key>".');
    const res = ix.principal(key, request.headers.get('x-flespi-cid'), now);
    if (!res.ok) return fail(res.status, res.refusal.message);
    const fromHere = addressRefusal(res.principal.token, clientAddress(request));
    if (fromHere) return fail(401, fromHere.message);
    store.touchToken(res.principal.token.id, now);
    const ctx: Ctx = {
      request,
      params,
      url: new URL(request.url),
      p: res.principal,
      ix,
      store,
      author: { tokenId: res.principal.token.id, actorCid: res.principal.actingCid },
    };
    try {
      return await resolver(ctx);
    } catch (e) {
      if (e instanceof HttpError) return fail(e.status, e.message, e.index === undefined ? {} : { index: e.index });
      throw e;
    }
  };
}

export const param = (ctx: Ctx, name: string): string => {
  const v = ctx.params[name];
  return typeof v === 'string' ? v : '';
};

/** Throws the module's refusal as an HttpError when a decision is not allowed. */
export function enforce(d: { allowed: boolean; status: number; refusal?: { message: string } }): void {
  if (!d.allowed) throw new HttpError(d.status, d.refusal?.message ?? 'Not allowed.');
}
