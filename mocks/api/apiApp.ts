/**
 * The HTTP layer of `npm run api`: Hono checks the request line, answers CORS and the body size limit,
 * then hands the request to the same MSW routes the browser mock runs (`getResponse`).
 */
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { getResponse } from 'msw';
import type { RequestHandler } from 'msw';
import { CLIENT_ADDRESS_HEADER, trustClientAddressHeader } from '../http/clientAddress';
import { MAX_BODY_BYTES } from '../http/limits';
import { fail } from '../http/respond';
import { flespiServes, withoutPaging } from './flespiDialect';
import { EXTENSIONS_HEADER } from '../../src/contracts/extensions';
import { KNOWN_METHODS, answerException, methodProblem, pathProblem } from '../http/requestEdge';

export interface ApiOptions {
  /** Serve only what flespi's API description has, without paging (flespiDialect.ts). */
  flespiOnly?: boolean;
}

export function createApiApp(routes: readonly RequestHandler[], opts: ApiOptions = {}): Hono<{ Bindings: HttpBindings }> {
  trustClientAddressHeader();
  const app = new Hono<{ Bindings: HttpBindings }>();
  const handlers = [...routes];

  // Absolute-form (`GET http://x/auth/info`) would be served as if sent to host x: refuse it.
  app.use('*', async (c, next) => {
    const target = c.env.incoming.url ?? '';
    return target.startsWith('/') ? next() : fail(400, 'The request target must be a path (origin-form), such as /auth/info.');
  });
  app.use(
    '*',
    cors({
      origin: '*',
      allowHeaders: ['authorization', 'content-type', 'x-flespi-cid', 'if-match'],
      allowMethods: KNOWN_METHODS.filter((m) => m !== 'HEAD'),
      exposeHeaders: [EXTENSIONS_HEADER],
    }),
  );
  app.use('*', async (c, next) => methodProblem(c.req.method) ?? pathProblem(new URL(c.req.url).pathname) ?? next());
  if (opts.flespiOnly)
    app.use('*', async (c, next) => {
      const { pathname } = new URL(c.req.url);
      if (c.req.method !== 'OPTIONS' && !flespiServes(c.req.method, pathname))
        return fail(404, `No endpoint ${c.req.method} ${pathname} on this server: it serves only what flespi has (API_DIALECT=flespi).`);
      const raw = c.req.raw;
      const url = withoutPaging(raw.url);
      if (url !== raw.url) {
        const init: RequestInit & { duplex: 'half' } = { method: raw.method, headers: raw.headers, body: raw.body, duplex: 'half' };
        c.req.raw = new Request(url, init);
      }
      await next();
      // None of our extensions here: the panel then keeps to what flespi has.
      c.res.headers.delete(EXTENSIONS_HEADER);
    });
  // @hono/node-server's lazy Request (kept with overrideGlobalObjects: false) cannot be copied by Node's
  // Request constructor, which bodyLimit does for a body without Content-Length (a DELETE from curl, any
  // chunked body): a 500 on every such request. A real Request, and none with a body when HTTP says there is none.
  // The client's address (a token's `ips`) travels in a header only this layer sets.
  app.use('*', async (c, next) => {
    const raw = c.req.raw;
    const hasBody = raw.headers.has('content-length') || raw.headers.has('transfer-encoding');
    const headers = new Headers(raw.headers);
    headers.set(CLIENT_ADDRESS_HEADER, c.env.incoming.socket.remoteAddress ?? '');
    const bodyless = raw.method === 'GET' || raw.method === 'HEAD' || !hasBody;
    const init: RequestInit & { duplex: 'half' } = { method: raw.method, headers, body: bodyless ? null : raw.body, duplex: 'half' };
    c.req.raw = new Request(raw.url, init);
    return next();
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        const answer = fail(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
        // The rest of the body is not read: the connection cannot carry another request.
        answer.headers.set('connection', 'close');
        return answer;
      },
    }),
  );
  app.all('*', async (c) => {
    const answer = await getResponse(handlers, c.req.raw);
    return answer ?? fail(404, `No endpoint ${c.req.method} ${c.req.path}.`);
  });
  app.onError((error, c) => answerException(error, c.req.raw));
  return app;
}
