/**
 * One request for an operation of the document, as a fast-check arbitrary: parameters and body generated
 * from the document's schemas, then (most of the time) one mutation from `mutations.ts`.
 */
import fc from 'fast-check';
import type { FuzzOperation, FuzzParam } from './fuzzDocument';
import { BODY_MUTATIONS, ODD_HEADERS, ODD_QUERY, ODD_SELECTORS, mutateBody, pick } from './mutations';
import { schemaArb } from './schemaArb';
import type { ArbContext } from './schemaArb';

export interface FuzzRequest {
  method: string;
  /** Path and query, ready to send. */
  target: string;
  headers: Record<string, string>;
  body: string | null;
  /** What was spoiled: `valid`, a body mutation, or `odd-selector` / `odd-query` / `odd-header`. */
  mutation: string;
}

const MUTATIONS = ['valid', 'valid', 'valid', ...BODY_MUTATIONS, 'odd-selector', 'odd-selector', 'odd-query', 'odd-header'] as const;

const text = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

function paramsArb(params: FuzzParam[], ctx: ArbContext): fc.Arbitrary<Array<[FuzzParam, string | null]>> {
  return fc.tuple(
    ...params.map((p) => {
      const value = schemaArb(p.schema, ctx).map(text);
      // Optional headers (x-flespi-cid, If-Match) now and then: a random acting account is mostly a 403.
      const absent = p.in === 'header' ? 5 : 1;
      const maybe = fc.oneof({ arbitrary: fc.constant(null), weight: absent }, { arbitrary: value, weight: 1 });
      return (p.required ? value : maybe).map((v): [FuzzParam, string | null] => [p, v]);
    }),
  );
}

export function requestArb(op: FuzzOperation, key: string | null, ctx: ArbContext): fc.Arbitrary<FuzzRequest> {
  const body = op.body ? schemaArb(op.body, ctx) : fc.constant(undefined);
  const mutations = MUTATIONS.filter((m) => op.body || !(BODY_MUTATIONS as readonly string[]).includes(m));
  return fc.tuple(paramsArb(op.params, ctx), body, fc.constantFrom(...mutations), fc.nat()).map(([params, value, mutation, choice]) => {
    let path = op.path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    if (key !== null) headers['authorization'] = `FlespiToken ${key}`;
    const pathParams = params.filter(([p]) => p.in === 'path');
    const spoiled = pathParams[choice % Math.max(pathParams.length, 1)]?.[0];
    for (const [p, v] of params) {
      if (p.in === 'path') {
        const odd = mutation === 'odd-selector' && p === spoiled ? pick(ODD_SELECTORS, choice) : undefined;
        // A raw `%zz`: an escape that does not decode must be refused, not thrown.
        const raw = odd !== undefined ? (choice % 7 === 0 ? `${encodeURIComponent(odd)}%zz` : encodeURIComponent(odd)) : encodeURIComponent(v ?? '');
        path = path.replace(`{${p.name}}`, raw);
      } else if (v !== null && p.in === 'query') query.append(p.name, v);
      else if (v !== null && p.in === 'header') headers[p.name.toLowerCase()] = v;
    }
    if (mutation === 'odd-query') {
      const names = Object.keys(ODD_QUERY);
      const name = pick(names, choice) ?? 'limit';
      query.set(name, pick(ODD_QUERY[name] ?? [''], choice >> 4) ?? '');
      if (choice % 5 === 0) query.append(name, '1');
    }
    if (mutation === 'odd-header') {
      const names = Object.keys(ODD_HEADERS);
      const name = pick(names, choice) ?? 'x-flespi-cid';
      headers[name] = pick(ODD_HEADERS[name] ?? [''], choice >> 4) ?? '';
    }
    let payload: string | null = null;
    if (op.body) {
      payload = (BODY_MUTATIONS as readonly string[]).includes(mutation)
        ? mutateBody(value, mutation as (typeof BODY_MUTATIONS)[number], choice)
        : (JSON.stringify(value) ?? '');
      headers['content-type'] = 'application/json';
    }
    const qs = query.toString();
    return { method: op.method, target: qs ? `${path}?${qs}` : path, headers, body: payload, mutation };
  });
}
