/** Calls for the limits and moves tests (msw/node on a fresh demo world): as Acme's admin or as a given key, acting as `cid`. */
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { getStore } from '../../../db/backend';
import { personaKey } from '../../../db/demo/personas';
import { resetMockWorld, server } from '../../../node';

type Row = Record<string, unknown>;
export type Body = { result?: Row[]; errors?: Array<{ code: number; reason: string }> };

export function serveDemoWorld(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => void resetMockWorld());
  afterAll(() => server.close());
}

export async function call(method: string, path: string, c: { key?: string; cid?: number; body?: unknown } = {}) {
  const headers: Record<string, string> = { authorization: `FlespiToken ${c.key ?? personaKey('acme-admin')}`, 'content-type': 'application/json' };
  if (c.cid !== undefined) headers['x-flespi-cid'] = String(c.cid);
  const res = await fetch(`http://api.test${path}`, { method, headers, body: c.body === undefined ? undefined : JSON.stringify(c.body) });
  return { status: res.status, body: (await res.json()) as Body };
}

export const reason = (b: Body): string => b.errors?.[0]?.reason ?? '';

/** A master token of account `cid`, made by Acme's admin. */
export async function masterKey(cid: number): Promise<string> {
  const made = await call('POST', '/platform/tokens', {
    body: [{ cid, info: `master of ${cid}`, expire: Math.floor(Date.now() / 1000) + 3600, access: { type: 1, acl: [] } }],
  });
  expect(made.status).toBe(200);
  return String(made.body.result?.[0]?.key);
}

/** The whole world and its log as text (tokens without `accessed`, which every use moves on purpose). */
export function frozen(): string {
  const s = getStore().snapshot();
  return JSON.stringify([{ ...s.world, tokens: s.world.tokens.map(({ accessed: _a, ...t }) => t) }, s.logs, s.revs, s.lastIds]);
}

export const device = (name: string) => [{ name, device_type_id: 1 }];
