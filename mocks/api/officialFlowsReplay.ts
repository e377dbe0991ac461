/**
 * Replays one flow of flespi's official client (flespi-io-js 2.6.0) over HTTP: each request built as its REST
 * client builds it (axios 0.21: `Authorization: FlespiToken <key>`, `x-flespi-cid`, the selector in the path,
 * query parameters with objects as JSON, bodies as JSON), each answer checked against what flespi answers.
 */
import { expect } from 'vitest';
import { personaKey } from '../db/demo/personas';
import type { Persona } from '../db/demo/personas';

/** `$name` stands for a value kept by an earlier step of the same flow (an id, a token key). */
type Ref = `$${string}`;

export interface Step {
  /** What the official client does, named in a failure. */
  what: string;
  /** Whose token: a persona of the demo world (default the root admin's master token) or a key kept earlier. */
  as?: Persona['id'] | Ref;
  /** The `x-flespi-cid` header: act as that subaccount. */
  cid?: number | Ref;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with the selectors in it, as flespi's description has `{…-selector}`. */
  path: string;
  /** flespi's `fields` query parameter: the answer holds only these (checked on every answered object). */
  fields?: string;
  /** flespi's `data` query parameter (sent as JSON). */
  data?: Record<string, unknown>;
  body?: unknown;
  /** Expected status (default 200: `{result: [...]}`; otherwise `{errors: [{code?, reason}]}`). */
  status?: number;
  /** How many objects `result` holds. */
  count?: number;
  /** `result` matches these, in order (partial objects). */
  result?: unknown[];
  /** Every object of `result` matches this. */
  each?: Record<string, unknown>;
  /** Every object of `result` has at least these fields (without `fields`: flespi's own fields are there). */
  has?: string[];
  /** `result` is in descending order of this field (flespi's `reverse: true`). */
  descending?: string;
  /** The first error's reason. */
  reason?: RegExp;
  /** Keep values of the answer for later steps: `{ dev: 'id' }` makes `$dev` of `result[0]`, `'1.id'` reads `result[1]`. */
  keep?: Record<string, string>;
}

export interface Flow {
  name: string;
  steps: Step[];
}

type Kept = Map<string, unknown>;
type Answer = { result?: Array<Record<string, unknown>>; errors?: Array<{ code?: number; reason?: unknown }> };

/** Each `$name` in a string replaced by what was kept; a string that is only `$name` becomes the kept value itself. */
function fill<T>(value: T, kept: Kept): T {
  const one = (s: string): unknown => {
    const whole = /^\$(\w+)$/.exec(s);
    if (whole) return kept.has(whole[1] ?? '') ? kept.get(whole[1] ?? '') : s;
    return s.replace(/\$(\w+)/g, (m, k: string) => (kept.has(k) ? String(kept.get(k)) : m));
  };
  if (typeof value === 'string') return one(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => fill(v, kept)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, kept)])) as T;
  return value;
}

/** axios 0.21's query string: objects as JSON, then encodeURIComponent with `:`, `$`, `,`, `[`, `]` kept and spaces as `+`. */
export function axiosQuery(params: Record<string, unknown>): string {
  const encode = (s: string) =>
    encodeURIComponent(s).replace(/%3A/gi, ':').replace(/%24/g, '$').replace(/%2C/gi, ',').replace(/%20/g, '+').replace(/%5B/gi, '[').replace(/%5D/gi, ']');
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encode(k)}=${encode(typeof v === 'object' ? JSON.stringify(v) : String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The request the official client sends for this step (path and query already filled). */
export function requestOf(step: Step, kept: Kept): { url: string; init: RequestInit } {
  const who = fill(step.as ?? 'acme-admin', kept);
  const key = typeof who === 'string' && who.length === 64 ? who : personaKey(who as Persona['id']);
  const headers: Record<string, string> = { authorization: `FlespiToken ${key}` };
  if (step.cid !== undefined) headers['x-flespi-cid'] = String(fill(step.cid, kept));
  const init: RequestInit = { method: step.method, headers };
  if (step.body !== undefined) {
    headers['content-type'] = 'application/json;charset=utf-8';
    init.body = JSON.stringify(fill(step.body, kept));
  }
  const url = `${fill(step.path, kept)}${axiosQuery({ fields: step.fields, data: fill(step.data, kept) })}`;
  return { url, init };
}

/** Runs the steps in order against `base`, checking each answer; stops at the first that differs. */
export async function replay(base: string, flow: Flow): Promise<number> {
  const kept: Kept = new Map();
  for (const [i, step] of flow.steps.entries()) {
    const { url, init } = requestOf(step, kept);
    const label = `${flow.name} #${i + 1} ${step.what}: ${step.method} ${url}`;
    const res = await fetch(`${base}${url}`, init);
    expect(res.headers.get('content-type'), label).toMatch(/^application\/json/);
    const body = (await res.json()) as Answer;
    expect(res.status, `${label} → ${JSON.stringify(body).slice(0, 300)}`).toBe(step.status ?? 200);
    if ((step.status ?? 200) === 200) checkResult(label, fill(step, kept), body);
    else {
      expect(Object.keys(body), label).toEqual(['errors']);
      expect(body.errors?.length, label).toBeGreaterThan(0);
      for (const e of body.errors ?? []) expect(e, label).toMatchObject({ reason: expect.any(String) as unknown });
      if (step.reason) expect(String(body.errors?.[0]?.reason), label).toMatch(step.reason);
    }
    for (const [name, spec] of Object.entries(step.keep ?? {})) {
      const [, at = '0', field = spec] = /^(\d+)\.(.+)$/.exec(spec) ?? [];
      const value = body.result?.[Number(at)]?.[field];
      expect(value, `${label}: keeps ${spec}`).toBeDefined();
      kept.set(name, value);
    }
  }
  return flow.steps.length;
}

function checkResult(label: string, step: Step, body: Answer) {
  expect(Array.isArray(body.result), `${label}: {result: [...]}`).toBe(true);
  expect(body.errors, label).toBeUndefined();
  const result = body.result ?? [];
  if (step.count !== undefined) expect(result, label).toHaveLength(step.count);
  const fields = step.fields ?? step.data?.['fields'];
  if (typeof fields === 'string') {
    const asked = fields.split(',');
    for (const r of result) expect(Object.keys(r).sort(), `${label}: only the fields asked`).toEqual([...asked].sort());
  }
  for (const r of result) {
    if (step.each) expect(r, label).toMatchObject(step.each);
    for (const f of step.has ?? []) expect(r, `${label}: has ${f}`).toHaveProperty([f]);
  }
  if (step.descending) {
    const values = result.map((r) => Number(r[step.descending ?? '']));
    expect(values, `${label}: newest first`).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(values).size, `${label}: distinct ${step.descending}`).toBe(values.length);
  }
  if (step.result) {
    expect(result, label).toHaveLength(step.result.length);
    step.result.forEach((want, i) => expect(result[i], label).toMatchObject(want as Record<string, unknown>));
  }
}
