/**
 * Selectors of the dialect: `all`, `12`, `12,13`, `name=Truck 7`, `{name=="Truck*" || cid==1002}`.
 * Parsed into a predicate over records; an unparsable selector throws HttpError 400.
 */
import { HttpError } from './respond';

type Rec = Record<string, unknown>;
export type Predicate = (r: Rec) => boolean;

const bad = (sel: string, why: string) => new HttpError(400, `The selector "${sel.slice(0, 80)}" is not valid: ${why}.`);

/** A matcher for one expected value, built once per selector (not per record: 100,000 devices are scanned). */
function valueMatcher(expected: string): (actual: unknown) => boolean {
  const text = (actual: unknown) => (actual === undefined || actual === null ? '' : String(actual));
  if (!expected.includes('*')) return (actual) => text(actual) === expected;
  const re = new RegExp(`^${expected.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
  return (actual) => re.test(text(actual));
}

function parseExpression(sel: string, src: string): Predicate {
  const tokens = src.match(/\s*(\|\||&&|==|!=|\(|\)|"(?:[^"\\]|\\.)*"|'[^']*'|[\w.*-]+)\s*/g);
  if (!tokens || tokens.join('').length !== src.length) throw bad(sel, 'unexpected characters');
  const toks = tokens.map((t) => t.trim());
  let pos = 0;
  const peek = () => toks[pos];
  const next = () => toks[pos++];
  const unquote = (t: string) => (/^["']/.test(t) ? t.slice(1, -1) : t);
  function primary(): Predicate {
    if (peek() === '(') {
      next();
      const p = or();
      if (next() !== ')') throw bad(sel, 'missing ")"');
      return p;
    }
    const field = next();
    const op = next();
    const value = next();
    if (!field || !/^[\w.]+$/.test(field) || (op !== '==' && op !== '!=') || value === undefined) throw bad(sel, 'expected field==value or field!=value');
    const matches = valueMatcher(unquote(value));
    return op === '==' ? (r) => matches(r[field]) : (r) => !matches(r[field]);
  }
  function and(): Predicate {
    let p = primary();
    while (peek() === '&&') {
      next();
      const l = p;
      const r = primary();
      p = (x) => l(x) && r(x);
    }
    return p;
  }
  function or(): Predicate {
    let p = and();
    while (peek() === '||') {
      next();
      const l = p;
      const r = and();
      p = (x) => l(x) || r(x);
    }
    return p;
  }
  const p = or();
  if (pos !== toks.length) throw bad(sel, 'unexpected text after the expression');
  return p;
}

export function parseSelector(raw: string): Predicate {
  const sel = decodeURIComponent(raw).trim();
  if (sel === 'all') return () => true;
  if (/^\d+(,\d+)*$/.test(sel)) {
    const ids = new Set(sel.split(',').map(Number));
    return (r) => ids.has(r.id as number);
  }
  if (sel.startsWith('{') && sel.endsWith('}')) {
    // `{id==1 || id==2 || …}` (how the panel names a list of ids it may not all read): a set, not a scan of comparisons.
    const anyId = /^\s*id==[1-9]\d*(\s*\|\|\s*id==[1-9]\d*)*\s*$/.test(sel.slice(1, -1));
    if (anyId) {
      const ids = new Set((sel.match(/\d+/g) ?? []).map(Number));
      return (r) => ids.has(r.id as number);
    }
    return parseExpression(sel, sel.slice(1, -1));
  }
  const eq = sel.indexOf('=');
  if (eq > 0 && /^[\w.]+$/.test(sel.slice(0, eq))) {
    const field = sel.slice(0, eq);
    const matches = valueMatcher(sel.slice(eq + 1));
    return (r) => matches(r[field]);
  }
  throw bad(sel, 'expected all, ids (1,2,3), field=value or {expression}');
}

/** Ids named by a plain id selector, or null for other selectors (used for 404 on direct access). */
export function selectorIds(raw: string): number[] | null {
  const sel = decodeURIComponent(raw).trim();
  return /^\d+(,\d+)*$/.test(sel) ? sel.split(',').map(Number) : null;
}
