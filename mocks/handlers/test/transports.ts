/**
 * The same contract tests through both ways the handlers are served: msw/node (as in the browser) and real
 * HTTP (`npm run api`, on a free port). `eachServing('title', () => { it(…) })` runs the block once per
 * serving, on a fresh demo world before every test; inside, `servedAt()` is the base URL to call.
 * MSW intercepts every fetch while it listens, so each block listens only while it runs.
 */
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { startApiServer } from '../../api/startApiServer';
import type { RunningApi } from '../../api/startApiServer';
import { resetMockWorld, server } from '../../node';

export const TRANSPORTS = ['msw', 'http'] as const;
export type Transport = (typeof TRANSPORTS)[number];

const MSW_BASE = 'http://api.test';
let current = MSW_BASE;

/** The base URL of the serving whose block is running. */
export const servedAt = (): string => current;

export function eachServing(title: string, body: (t: Transport) => void): void {
  describe.each(TRANSPORTS)(`${title} (through %s)`, (t) => {
    let api: RunningApi | null = null;
    beforeAll(async () => {
      if (t === 'msw') server.listen({ onUnhandledRequest: 'error' });
      else api = await startApiServer({ port: 0, hostname: '127.0.0.1' });
      current = api?.url ?? MSW_BASE;
    });
    afterAll(async () => {
      if (t === 'msw') server.close();
      else await api?.close();
    });
    beforeEach(() => void resetMockWorld());
    body(t);
  });
}
