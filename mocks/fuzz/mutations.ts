/**
 * How the fuzzer spoils a valid request: wrong types, missing and extra fields, huge and deeply nested
 * values, `__proto__` / `constructor` keys, text that is not JSON, odd selectors, query values and headers.
 */

export const BODY_MUTATIONS = ['wrong-type', 'missing-field', 'extra-field', 'huge', 'deep', 'proto', 'not-json'] as const;
export type BodyMutation = (typeof BODY_MUTATIONS)[number];

type Json = unknown;
type Slot = { parent: Record<string, Json> | Json[]; key: string | number };

/** Every value inside `root` as (parent, key), the root itself as key 0 of a wrapper. */
function slots(wrapper: Json[]): Slot[] {
  const out: Slot[] = [];
  const walk = (parent: Slot['parent'], key: string | number, depth: number) => {
    out.push({ parent, key });
    const v: Json = Array.isArray(parent) ? parent[key as number] : parent[key as string];
    if (depth > 8 || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) v.forEach((_, i) => walk(v, i, depth + 1));
    else for (const k of Object.keys(v)) walk(v as Record<string, Json>, k, depth + 1);
  };
  walk(wrapper, 0, 0);
  return out;
}

const setAt = (s: Slot, v: Json) => {
  if (Array.isArray(s.parent)) s.parent[s.key as number] = v;
  else s.parent[s.key as string] = v;
};
const getAt = (s: Slot): Json => (Array.isArray(s.parent) ? s.parent[s.key as number] : s.parent[s.key as string]);

/** Stands for a deeply nested value until the text is written (JSON.stringify would overflow on 5,000 levels). */
const DEEP = '\u0001deep\u0001';
const nestedText = (depth: number, asObject: boolean): string =>
  asObject ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`;

/** An object holding `__proto__` as an own key, as `JSON.parse` makes it (JSON.stringify keeps it). */
const protoKey = (payload: Json): Record<string, Json> => JSON.parse(`{"__proto__": ${JSON.stringify(payload)}}`) as Record<string, Json>;

const WRONG = ['x', '1', '', 0, -1, 1.5, 2 ** 53, true, false, null, [], {}, [1, 'a'], { id: 1 }] as const;
const EXTRA_KEYS = ['extra', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'id', 'rev', 'key'];
const POISON = { polluted: 'yes', isAdmin: true, enabled: true, access: { type: 1, acl: [] } };
const NOT_JSON = ['', 'null', '{', '[1,', 'undefined', '{"a":1}garbage', '"\\ud800"', '1e99999', "{'a':1}", '\u0000', '[]'.repeat(5000)];

/** `choice` picks among candidates (a value from fast-check, so runs replay from their seed). */
export function mutateBody(value: Json, kind: BodyMutation, choice: number): string {
  if (kind === 'not-json') return NOT_JSON[choice % NOT_JSON.length] ?? '';
  const wrapper: Json[] = [structuredClone(value)];
  const all = slots(wrapper);
  const slot = all[choice % all.length] ?? { parent: wrapper, key: 0 };
  const objects = all.filter((s) => {
    const v = getAt(s);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  });
  const target = objects[choice % Math.max(objects.length, 1)];
  const targetObj = target ? (getAt(target) as Record<string, Json>) : null;
  switch (kind) {
    case 'wrong-type':
      setAt(slot, WRONG[choice % WRONG.length]);
      break;
    case 'missing-field': {
      const keys = targetObj ? Object.keys(targetObj) : [];
      const key = keys[choice % Math.max(keys.length, 1)];
      if (targetObj && key !== undefined) delete targetObj[key];
      else setAt(slot, undefined);
      break;
    }
    case 'extra-field':
      if (targetObj) targetObj[EXTRA_KEYS[choice % EXTRA_KEYS.length] ?? 'extra'] = WRONG[choice % WRONG.length];
      else setAt(slot, { extra: 1 });
      break;
    case 'huge': {
      const huge = [() => 'x'.repeat(300_000), () => Array.from({ length: 30_000 }, (_, i) => i), () => 'y'.repeat(1_100_000), () => 1e308, () => -(2 ** 60)];
      setAt(slot, (huge[choice % huge.length] ?? huge[0]!)());
      break;
    }
    case 'deep': {
      const depths = [20, 31, 33, 100, 5000];
      setAt(slot, DEEP);
      const text = JSON.stringify(wrapper[0]) ?? '';
      return text.replace(JSON.stringify(DEEP), nestedText(depths[choice % depths.length] ?? 33, choice % 2 === 0));
    }
    case 'proto':
      if (targetObj && choice % 3 !== 0) Object.defineProperty(targetObj, '__proto__', { value: POISON, enumerable: true, writable: true, configurable: true });
      else if (targetObj) targetObj['constructor'] = { prototype: POISON };
      else setAt(slot, protoKey(POISON));
      break;
  }
  return JSON.stringify(wrapper[0]) ?? '';
}

/** Selectors a parser may choke on: empty operators, deep parentheses, many wildcards, very long, prototype names. */
export const ODD_SELECTORS: readonly string[] = [
  '*',
  '0',
  '-1',
  '1.5',
  '99999999999999999999',
  'id==',
  '==',
  '&&',
  '||',
  '(',
  ')',
  '()',
  '"',
  "'",
  '\\',
  `${'('.repeat(33)}id==1${')'.repeat(33)}`,
  '('.repeat(5000),
  `name=${'*a'.repeat(4000)}`,
  `id==1${'||id==1'.repeat(1300)}`,
  'x'.repeat(9000),
  '__proto__',
  'constructor',
  '__proto__==1',
  'constructor.prototype==1',
  'toString==1',
  'name="a\\"b"',
  'name=*',
  '%',
  '%25',
  'a/b',
  '\u0000',
  'ünïcødé=*ß*',
  'id>=1&&id<=1000',
  'metadata.x==1',
  '1,,2',
  ',',
  '1,2,',
  'name~=a',
  'all,1',
];

export const ODD_QUERY: Readonly<Record<string, readonly string[]>> = {
  limit: ['-1', '1e3', '100001', 'abc', '', '9'.repeat(30)],
  offset: ['-1', 'NaN', '9'.repeat(30), ''],
  fields: ['__proto__', 'constructor', 'id,,name', 'a'.repeat(5000), '*', 'metadata.__proto__', ''],
  sort: ['__proto__', '-', '--id', 'name,id', 'constructor'],
  type: ['__proto__', 'constructor', 'DEVICES', '', 'toString'],
  id: ['0', '-1', 'abc', '1e3', '9'.repeat(30), '1,2'],
  ids: ['', ',', '1,,2', 'abc', `1${',1'.repeat(5000)}`],
  token: ['0', 'abc', '9'.repeat(30)],
  acting: ['0', '-5', '__proto__'],
  ['__proto__']: ['1'],
  confirm: ['yes', 'LOCKOUT', ''],
};

export const ODD_HEADERS: Readonly<Record<string, readonly string[]>> = {
  'x-flespi-cid': ['abc', '0', '-1', '1e3', '99999999999999999999', ' 1000', '1000,1004', '__proto__', ''],
  'if-match': ['*', 'W/"1"', '"abc"', '-1', '1'.repeat(400), ''],
  authorization: ['FlespiToken', `FlespiToken ${'a'.repeat(10_000)}`, 'Bearer x', 'FlespiToken __proto__', 'FlespiToken  '],
};

export const pick = <T>(xs: readonly T[], choice: number): T | undefined => xs[choice % xs.length];
