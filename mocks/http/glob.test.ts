import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase, globMatcher } from './glob';

/** The obvious definition, exponential in the number of stars: fine for a handful of characters. */
function referenceGlob(pattern: string, text: string): boolean {
  const go = (p: number, t: number): boolean => {
    if (p === pattern.length) return t === text.length;
    if (pattern[p] === '*') return go(p + 1, t) || (t < text.length && go(p, t + 1));
    return t < text.length && pattern[p] === text[t] && go(p + 1, t + 1);
  };
  return go(0, 0);
}

/** What selectors did before: a case-insensitive RegExp (the same answers on ASCII text). */
function regexGlob(pattern: string, text: string): boolean {
  const body = pattern
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'is').test(text);
}

const patternOn = (chars: string[]) => fc.array(fc.constantFrom(...chars, '*'), { maxLength: 8 }).map((cs) => cs.join(''));
const textOn = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 10 }).map((cs) => cs.join(''));

describe('globMatcher', () => {
  it('agrees with the reference definition on folded text (small alphabets, Greek sigmas included)', () => {
    const chars = ['a', 'A', 'b', 'B', 'Σ', 'σ', 'ς', '.'];
    fc.assert(
      fc.property(patternOn(chars), textOn(chars), (pattern, text) => {
        expect(globMatcher(pattern)(text)).toBe(referenceGlob(foldCase(pattern), foldCase(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers as the old RegExp did on ASCII text (a star now spans line breaks too)', () => {
    const chars = ['a', 'B', 'c', '(', '+', '\n', ' '];
    fc.assert(
      fc.property(patternOn(chars), textOn(chars), (pattern, text) => {
        expect(globMatcher(pattern)(text)).toBe(regexGlob(pattern, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches case-insensitively, stars spanning any run', () => {
    expect(globMatcher('truck*')('Truck 7')).toBe(true);
    expect(globMatcher('*7')('Truck 7')).toBe(true);
    expect(globMatcher('*UCK*')('Truck 7')).toBe(true);
    expect(globMatcher('t*k*7')('Truck 7')).toBe(true);
    expect(globMatcher('t*x*7')('Truck 7')).toBe(false);
    expect(globMatcher('ab*ba')('aba')).toBe(false);
    expect(globMatcher('**')('')).toBe(true);
    expect(globMatcher('ΟΔΟΣ*')('οδος 1')).toBe(true);
  });

  it('decides the case that froze the backtracking RegExp (many stars, a long name that almost matches)', () => {
    // `^a.*a.*…a.*b$` against 50,000 "a"s: polynomial of degree 40 for a backtracking engine.
    const pattern = `${'a*'.repeat(40)}b`;
    const name = 'a'.repeat(50_000);
    expect(globMatcher(pattern)(name)).toBe(false);
    expect(globMatcher(pattern)(`${name}b`)).toBe(true);
    // Pieces that overlap themselves exercise the failure table rather than a naive rescan.
    expect(globMatcher(`*${'a'.repeat(2000)}b*`)(`${'a'.repeat(100_000)}b`)).toBe(true);
    expect(globMatcher(`*${'a'.repeat(2000)}b*`)('a'.repeat(100_000))).toBe(false);
  });
});
