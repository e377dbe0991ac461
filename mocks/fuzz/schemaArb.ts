/**
 * Values that match a JSON schema (the subset zod's `toJSONSchema` writes), as fast-check arbitraries:
 * type, const, enum, anyOf/oneOf, string length and pattern, integer bounds, arrays, objects with required
 * and optional properties. `examples` are drawn often, and `pool` (ids seen in earlier answers) for ids.
 */
import fc from 'fast-check';
import type { JsonSchema } from './fuzzDocument';

export interface ArbContext {
  /** Integer ids seen in answers so far: an id that exists reaches deeper than a random one. */
  pool: () => readonly number[];
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);
const schemas = (v: unknown): JsonSchema[] => list(v).filter((x): x is JsonSchema => typeof x === 'object' && x !== null);

/** Small integers mostly (ids, limits), sometimes anywhere in range. */
function integerArb(s: JsonSchema, ctx: ArbContext): fc.Arbitrary<number> {
  const min = Math.max(num(s['minimum']) ?? -1e6, Number.MIN_SAFE_INTEGER);
  const max = Math.min(num(s['maximum']) ?? 1e6, Number.MAX_SAFE_INTEGER);
  const small = fc.integer({ min: Math.max(min, -10), max: Math.max(Math.min(max, 2000), Math.max(min, -10)) });
  const anywhere = fc.double({ min, max, noNaN: true }).map((x) => Math.min(max, Math.max(min, Math.round(x))));
  const seen = fc.constant(null).chain(() => {
    const ids = ctx.pool().filter((x) => x >= min && x <= max);
    return ids.length ? fc.constantFrom(...ids) : small;
  });
  return fc.oneof({ arbitrary: seen, weight: 3 }, { arbitrary: small, weight: 2 }, { arbitrary: anywhere, weight: 1 });
}

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  const minLength = num(s['minLength']) ?? 0;
  const maxLength = Math.min(num(s['maxLength']) ?? 40, 200);
  const pattern = typeof s['pattern'] === 'string' ? s['pattern'] : null;
  const fits = (x: string) => x.length >= minLength && x.length <= (num(s['maxLength']) ?? Infinity);
  if (pattern) return fc.stringMatching(new RegExp(pattern)).filter(fits);
  return fc.string({ minLength, maxLength: Math.max(minLength, maxLength), unit: 'grapheme' });
}

function objectArb(s: JsonSchema, ctx: ArbContext, depth: number): fc.Arbitrary<unknown> {
  const props = (s['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set(list(s['required']).map(String));
  const keys = Object.keys(props);
  if (keys.length === 0) {
    // An open record (`metadata`): a few keys of any JSON.
    return fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
  }
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const k of keys) record[k] = schemaArb(props[k] ?? {}, ctx, depth + 1);
  return fc.record(record, { requiredKeys: keys.filter((k) => required.has(k)) });
}

export function schemaArb(s: JsonSchema, ctx: ArbContext, depth = 0): fc.Arbitrary<unknown> {
  const examples = list(s['examples']);
  const own = ownArb(s, ctx, depth);
  return examples.length ? fc.oneof(fc.constantFrom(...examples), own) : own;
}

function ownArb(s: JsonSchema, ctx: ArbContext, depth: number): fc.Arbitrary<unknown> {
  if ('const' in s) return fc.constant(s['const']);
  const choices = list(s['enum']);
  if (choices.length) return fc.constantFrom(...choices);
  const alternatives = [...schemas(s['anyOf']), ...schemas(s['oneOf'])];
  if (alternatives.length) return fc.oneof(...alternatives.map((a) => schemaArb(a, ctx, depth + 1)));
  switch (s['type']) {
    case 'string':
      return stringArb(s);
    case 'integer':
      return integerArb(s, ctx);
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = typeof s['items'] === 'object' && s['items'] !== null ? (s['items'] as JsonSchema) : {};
      const minLength = num(s['minItems']) ?? 0;
      const maxLength = Math.max(minLength, Math.min(num(s['maxItems']) ?? 4, depth > 2 ? 2 : 4));
      return fc.array(schemaArb(items, ctx, depth + 1), { minLength, maxLength });
    }
    case 'object':
      return objectArb(s, ctx, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
