/**
 * The same contract tests through both ways the handlers are served: msw/node (as in the browser) and real
 * HTTP (`npm run api`, on a free port). `describe.each(TRANSPORTS)(…, (t) => { const base = serve(t); … })`.
 * MSW intercepts every fetch while it listens, so each block listens only while it runs.
 */
import { afterAll, beforeAll } from 'vitest';
import { startApiServer } from '../../api/startApiServer';
import type { RunningApi } from '../../api/startApiServer';
import { server } from '../../node';

export const TRANSPORTS = ['msw', 'http'] as const;
export type Transport = (typeof TRANSPORTS)[number];

/** Serves the handlers over `t` for the enclosing describe block; returns the base URL to call. */
export function serve(t: Transport): () => string {
  let api: RunningApi | null = null;
  beforeAll(async () => {
    if (t === 'msw') server.listen({ onUnhandledRequest: 'error' });
    else api = await startApiServer({ port: 0, hostname: '127.0.0.1' });
  });
  afterAll(async () => {
    if (t === 'msw') server.close();
    else await api?.close();
  });
  return () => (t === 'msw' ? 'http://api.test' : (api?.url ?? ''));
}
