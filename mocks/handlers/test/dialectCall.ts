/** A call to whichever serving runs (`eachServing`), as a persona or with a raw key; the world as JSON, `accessed` left out. */
import { personaKey } from '../../db/demo/personas';
import type { Persona } from '../../db/demo/personas';
import { getStore } from '../../db/backend';
import { servedAt } from './transports';

export type Body = { result?: Array<Record<string, unknown>>; errors?: Array<{ code: number; reason: string; index?: number }> };

export async function dialectCall(who: Persona['id'] | string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const key = who.length === 64 ? who : personaKey(who as Persona['id']);
  const res = await fetch(`${servedAt()}${path}`, {
    method,
    headers: { authorization: `FlespiToken ${key}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

export const worldJson = () => JSON.stringify({ ...getStore().snapshot().world, tokens: getStore().world.tokens.map(({ accessed: _a, ...t }) => t) });
export const q = (data: unknown) => `data=${encodeURIComponent(typeof data === 'string' ? data : JSON.stringify(data))}`;
