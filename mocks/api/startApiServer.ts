/** Starts `npm run api`'s HTTP server over the installed store (port 0: any free port, for tests). */
import { RequestError, getRequestListener } from '@hono/node-server';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handlers } from '../handlers';
import { fail } from '../http/respond';
import { answerException } from '../http/requestEdge';
import { createApiApp } from './apiApp';

export interface RunningApi {
  port: number;
  url: string;
  close: () => Promise<void>;
}

/** Requests Node's HTTP parser rejects (an unknown method such as FOO, a broken request line) never reach Hono. */
const rejectedByParser = (code: string | undefined) => {
  const [status, reason] = code === 'HPE_INVALID_METHOD' ? [405, 'The method is not supported.'] : [400, 'The request is not valid HTTP/1.1.'];
  const body = JSON.stringify({ errors: [{ code: status, reason }] });
  return `HTTP/1.1 ${status} ${status === 405 ? 'Method Not Allowed' : 'Bad Request'}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;
};

export async function startApiServer({
  port = 8787,
  hostname = 'localhost',
  flespiOnly = false,
}: { port?: number; hostname?: string; flespiOnly?: boolean } = {}): Promise<RunningApi> {
  const app = createApiApp(handlers, { flespiOnly });
  const listener = getRequestListener(app.fetch, {
    hostname,
    // Keep Node's own Request/Response: MSW builds its answers with them.
    overrideGlobalObjects: false,
    errorHandler: (error) =>
      error instanceof RequestError
        ? fail(400, `The request is not valid: ${error.message}.`)
        : answerException(error, { method: 'a request', url: 'to npm run api' }),
  });
  const server = createServer(listener);
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable) socket.end(rejectedByParser(error.code));
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `http://${hostname}:${actual}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
