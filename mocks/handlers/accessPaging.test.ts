/** `/platform/access/<cid>` pages without filters take a fast path (one page's entries): same answer as slicing all. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personaKey } from '../db/demo/personas';
import type { Persona } from '../db/demo/personas';
import { resetMockWorld, server } from '../node';

const BASE = 'http://api.test';
type Body = { result?: unknown[]; pagination?: { count: number; limit: number; offset: number } };

async function get(who: Persona['id'], path: string): Promise<Body> {
  const res = await fetch(`${BASE}${path}`, { headers: { authorization: `FlespiToken ${personaKey(who)}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as Body;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => void resetMockWorld());
afterAll(() => server.close());

describe('GET /platform/access/<cid>?limit=&offset= (no filters)', () => {
  it.each([
    ['acme-admin', '/platform/access/1000?type=devices'],
    ['acme-admin', '/platform/access/1000?type=grants'],
    ['acme-admin', '/platform/access/1007?type=devices'],
    ['acme-admin', '/platform/access/1000?type=devices&token=5'],
    ['dana', '/platform/access/1007?type=devices'],
    ['northwind-ops', '/platform/access/1004?type=channels'],
    ['trackit-link', '/platform/access/1005?type=devices'],
  ] as const)('%s %s: every page equals the same slice of the whole answer', async (who, path) => {
    const all = (await get(who, path)).result ?? [];
    expect(all.length).toBeGreaterThan(0);
    for (const [limit, offset] of [
      [2, 0],
      [2, 1],
      [3, all.length - 1],
      [50, 0],
      [1, all.length],
    ] as const) {
      const page = await get(who, `${path}&limit=${limit}&offset=${offset}`);
      expect(page.result).toEqual(all.slice(offset, offset + limit));
      expect(page.pagination).toEqual({ limit, offset, count: all.length });
    }
  });
});
