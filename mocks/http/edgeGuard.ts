/**
 * Guards the route handlers for the browser mock and `npm run api` alike. Each route, before matching,
 * answers a request no route may see (unknown method, malformed path): the first route to run answers it,
 * so the route table holds routes only. And every route turns an exception it did not catch into a JSON
 * answer, instead of MSW's default (a stack trace in a 500) or a dead server.
 * The routes are the same objects afterwards (their `run` wrapped), so anything keyed by route still holds.
 */
import { HttpHandler } from 'msw';
import type { RequestHandler } from 'msw';
import { answerException, methodProblem, pathProblem } from './requestEdge';

/** First path segments the routes serve (`*\/gw/devices/:sel` → `gw`): other requests (the app's own files) pass by. */
export function apiRoots(routes: readonly RequestHandler[]): Set<string> {
  const roots = new Set<string>();
  for (const route of routes) {
    const path = route instanceof HttpHandler ? route.info.path : null;
    const first = typeof path === 'string' ? /^\*?\/([^/:*]+)/.exec(path)?.[1] : undefined;
    if (first) roots.add(first);
  }
  return roots;
}

function edgeProblem(request: Request, roots: Set<string>): Response | null {
  const { pathname } = new URL(request.url);
  // Any path: a route pattern starting with `*` would decode (and throw on) any prefix.
  const malformed = pathProblem(pathname);
  if (malformed) return malformed;
  return roots.has(pathname.split('/')[1] ?? '') ? methodProblem(request.method) : null;
}

export function guardRoutes<H extends RequestHandler>(routes: H[]): H[] {
  const roots = apiRoots(routes);
  // One check per request, not one per route it is tried against.
  const passed = new WeakSet<Request>();
  for (const route of routes) {
    const run = route.run.bind(route);
    route.run = async (args) => {
      const answered = (response: Response) => ({ handler: route, request: args.request, requestId: args.requestId, response });
      if (!passed.has(args.request)) {
        const problem = edgeProblem(args.request, roots);
        if (problem) return answered(problem);
        passed.add(args.request);
      }
      try {
        return await run(args);
      } catch (error) {
        return answered(answerException(error, args.request));
      }
    };
  }
  return routes;
}
