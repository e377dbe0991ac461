/**
 * Selectors of the dialect: `all`, `12`, `12,13`, `name=Truck 7`, `{name=="Truck*" || cid==1002}`.
 * Parsed into a predicate over records; an unparsable or oversized selector throws HttpError 400.
 * Parameters arrive decoded (MSW decodes path parameters), so they are not decoded again.
 */
import { globMatcher } from './glob';
import { MAX_SELECTOR_DEPTH, MAX_SELECTOR_LENGTH } from './limits';
import { HttpError } from './respond';
import { tokenizeSelector } from './selectorTokens';

type Rec = Record<string, unknown>;
export type Predicate = (r: Rec) => boolean;

export const badSelector = (sel: string, why: string) =>
  new HttpError(400, `The selector "${sel.length > 80 ? `${sel.slice(0, 80)}…` : sel}" is not valid: ${why}.`);

/** Own fields only: `constructor` or `__proto__` name no field of a record. */
const fieldOf = (r: Rec, field: string): unknown => (Object.hasOwn(r, field) ? r[field] : undefined);

/** A matcher for one expected value, built once per selector (not per record: 100,000 devices are scanned). */
function valueMatcher(expected: string): (actual: unknown) => boolean {
  const text = (actual: unknown) => (actual === undefined || actual === null ? '' : String(actual));
  if (!expected.includes('*')) return (actual) => text(actual) === expected;
  const matches = globMatcher(expected);
  return (actual) => matches(text(actual));
}

function parseExpression(sel: string, src: string): Predicate {
  const toks = tokenizeSelector(src, (why) => badSelector(sel, why));
  let pos = 0;
  const peek = () => toks[pos];
  const next = () => toks[pos++];
  function primary(depth: number): Predicate {
    if (peek()?.kind === '(') {
      if (depth >= MAX_SELECTOR_DEPTH) throw badSelector(sel, `parentheses nest deeper than ${MAX_SELECTOR_DEPTH}`);
      next();
      const p = or(depth + 1);
      if (next()?.kind !== ')') throw badSelector(sel, 'missing ")"');
      return p;
    }
    const field = next();
    const op = next();
    const value = next();
    if (
      field?.kind !== 'word' ||
      !/^[\w.]+$/.test(field.text) ||
      (op?.kind !== '==' && op?.kind !== '!=') ||
      (value?.kind !== 'word' && value?.kind !== 'string')
    ) {
      throw badSelector(sel, 'expected field==value or field!=value');
    }
    const name = field.text;
    const matches = valueMatcher(value.text);
    return op.kind === '==' ? (r) => matches(fieldOf(r, name)) : (r) => !matches(fieldOf(r, name));
  }
  // Flat lists, not nested closures: a long chain of || must not become a deep call stack.
  function and(depth: number): Predicate {
    const terms = [primary(depth)];
    while (peek()?.kind === '&&') {
      next();
      terms.push(primary(depth));
    }
    const [only] = terms;
    return terms.length === 1 && only ? only : (r) => terms.every((t) => t(r));
  }
  function or(depth: number): Predicate {
    const terms = [and(depth)];
    while (peek()?.kind === '||') {
      next();
      terms.push(and(depth));
    }
    const [only] = terms;
    return terms.length === 1 && only ? only : (r) => terms.some((t) => t(r));
  }
  const p = or(0);
  if (pos !== toks.length) throw badSelector(sel, 'unexpected text after the expression');
  return p;
}

export function parseSelector(raw: string): Predicate {
  if (raw.length > MAX_SELECTOR_LENGTH) throw badSelector(raw, `longer than ${MAX_SELECTOR_LENGTH} characters`);
  const sel = raw.trim();
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
    return (r) => matches(fieldOf(r, field));
  }
  throw badSelector(sel, 'expected all, ids (1,2,3), field=value or {expression}');
}

/** Ids named by a plain id selector, or null for other selectors (used for 404 on direct access). */
export function selectorIds(raw: string): number[] | null {
  const sel = raw.trim();
  return sel.length <= MAX_SELECTOR_LENGTH && /^\d+(,\d+)*$/.test(sel) ? sel.split(',').map(Number) : null;
}
