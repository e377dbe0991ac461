/** The contract tests' harness (`contract.test.ts`, `contractAccess.test.ts`): msw/node on a fresh demo world, calls as a persona. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { personaKey } from '../../db/demo/personas';
import type { Persona } from '../../db/demo/personas';
import { resetMockWorld, server } from '../../node';

const BASE = 'http://api.test';
type Body = { result?: Array<Record<string, unknown>>; errors?: Array<{ code: number; reason: string; index?: number }>; pagination?: { count: number } };

export async function call(who: Persona['id'] | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { ...(who ? { authorization: `FlespiToken ${personaKey(who)}` } : {}), 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
}
export const names = (b: Body) => (b.result ?? []).map((r) => r.name).sort();

/** Serves the handlers through msw/node while the file runs, on a fresh demo world before every test. */
export function serveContractWorld(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => void resetMockWorld());
  afterAll(() => server.close());
}
