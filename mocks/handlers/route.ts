/**
 * The one way a handler answers: `route.get(path, (ctx) => answer(result, extra))`. The resolver returns
 * data, never a Response; the route projects it for the caller (the permission module's `projectAnswer`
 * over what the caller may read once the request is done) and only then serialises it. A new endpoint
 * built with `route` cannot skip the projection; `isProjected` lets a test check every handler is.
 */
import { http } from 'msw';
import type { RequestHandler } from 'msw';
import { answerView, projectAnswer } from '../../src/permissions';
import type { AccessIndex, Principal, ReadableView } from '../../src/permissions';
import { pickFields, requestedFields } from '../http/fields';
import { ok } from '../http/respond';
import { withPrincipal } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';

export interface Answer {
  result: unknown[];
  extra: Record<string, unknown>;
  /** Fields a handler was asked for elsewhere than `fields=` (flespi's `data.fields`), cut after the projection too. */
  pick?: readonly string[] | undefined;
}

export const answer = (result: unknown[], extra: Record<string, unknown> = {}, pick?: readonly string[]): Answer => ({ result, extra, pick });

type Resolver = (ctx: Ctx) => Answer | Promise<Answer>;
/** A read-only answer about the caller itself may be projected with a view the module defines for it (myAccessView). */
type ViewOf = (ix: AccessIndex, p: Principal) => ReadableView;

/** `METHOD path` of every route built here (a catch-all wrapper may replace the handler objects). */
const PROJECTED = new Set<string>();
export const isProjected = (method: string, path: string): boolean => PROJECTED.has(`${method.toUpperCase()} ${path}`);

function projected(resolver: Resolver, viewOf?: ViewOf) {
  return withPrincipal(async (ctx) => {
    // flespi's `fields` on every answer, reads and writes alike; checked before the request does anything.
    const fields = requestedFields(ctx.url);
    const { result, extra, pick } = await resolver(ctx);
    // What the caller reads after the request (a record it created is readable), plus what it deleted and read before.
    // Durable before the answer: what the answer acknowledges survives a reload.
    await ctx.store.durable();
    const view = viewOf ? viewOf(ctx.store.index(), ctx.p) : answerView(ctx.ix, ctx.store.index(), ctx.p);
    const shown = pickFields(pickFields(projectAnswer(view, result) as unknown[], fields), pick ?? null);
    return ok(shown, projectAnswer(view, extra) as Record<string, unknown>);
  });
}

const METHODS = { get: http.get, post: http.post, put: http.put, patch: http.patch, delete: http.delete };
type Verb = keyof typeof METHODS;

const make =
  (verb: Verb) =>
  (path: string, resolver: Resolver, viewOf?: ViewOf): RequestHandler => {
    PROJECTED.add(`${verb.toUpperCase()} ${path}`);
    return METHODS[verb](path, projected(resolver, viewOf));
  };

export const route: Record<Verb, (path: string, resolver: Resolver, viewOf?: ViewOf) => RequestHandler> = {
  get: make('get'),
  post: make('post'),
  put: make('put'),
  patch: make('patch'),
  delete: make('delete'),
};
