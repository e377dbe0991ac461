import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HttpError } from './respond';
import { MAX_SELECTOR_DEPTH, MAX_SELECTOR_LENGTH } from './limits';
import { parseSelector, selectorIds } from './selector';

const recs = [
  { id: 1, cid: 1002, name: 'Truck 7' },
  { id: 2, cid: 1002, name: 'truck 8 (old)' },
  { id: 3, cid: 1003, name: 'Van [a+b]' },
  { id: 10, cid: 1003, name: '' },
];
const ids = (sel: string) => recs.filter(parseSelector(sel)).map((r) => r.id);

describe('selectors', () => {
  it('all, ids, field=value and expressions', () => {
    expect(ids('all')).toEqual([1, 2, 3, 10]);
    expect(ids('1,3')).toEqual([1, 3]);
    expect(ids('name=Truck 7')).toEqual([1]);
    expect(ids('{cid==1002 && name!="Truck 7"}')).toEqual([2]);
    expect(ids('{(cid==1003 || id==1) && name!=""}')).toEqual([1, 3]);
  });
  it('wildcards match case-insensitively; other regex characters are literal', () => {
    expect(ids('{name=="truck*"}')).toEqual([1, 2]);
    expect(ids('{name=="*(old)"}')).toEqual([2]);
    expect(ids('{name=="*[a+b]*"}')).toEqual([3]);
    expect(ids('{name=="Van .*"}')).toEqual([]);
  });
  it('a list of id== alternatives selects exactly those ids (any order, any spacing)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }), fc.boolean(), (picked, spaced) => {
        const sel = `{${picked.map((id) => `id==${id}`).join(spaced ? ' || ' : '||')}}`;
        expect(ids(sel)).toEqual(recs.map((r) => r.id).filter((id) => picked.includes(id)));
      }),
    );
    // Mixed with another field, the general evaluation applies.
    expect(ids('{id==1 || name=="Van*"}')).toEqual([1, 3]);
    // A leading zero is text, not a number, as in any field comparison.
    expect(ids('{id==01}')).toEqual([]);
  });
  it('rejects what it cannot parse with a 400 that quotes the selector', () => {
    for (const sel of ['{name=="x"', '{name=}', '{id==1 ||}', 'nonsense', '{a==1 && }']) expect(() => parseSelector(sel), sel).toThrow(HttpError);
    const thrown = (() => {
      try {
        parseSelector('{id=="1" &&}');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(HttpError);
    expect(thrown).toMatchObject({ status: 400, message: expect.stringContaining('{id=="1" &&}') as unknown });
  });
  it('plain id lists are known ids (a 404 for an unreadable one); other selectors are not', () => {
    expect(selectorIds('12,13')).toEqual([12, 13]);
    expect(selectorIds('{id==12}')).toBeNull();
  });

  it('refuses selectors that are too long or nested too deep, with a 400 naming the selector', () => {
    const deep = `{${'('.repeat(3000)}id==1${')'.repeat(3000)}}`;
    expect(() => parseSelector(deep)).toThrow(/^The selector "\{\(\(\(.*parentheses nest deeper than 32/);
    const within = `{${'('.repeat(MAX_SELECTOR_DEPTH)}id==1${')'.repeat(MAX_SELECTOR_DEPTH)}}`;
    expect(ids(within)).toEqual([1]);
    const long = `{${Array.from({ length: 2000 }, (_, i) => `name=="x${i}"`).join(' || ')}}`;
    expect(long.length).toBeGreaterThan(MAX_SELECTOR_LENGTH);
    expect(() => parseSelector(long)).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringMatching(/^The selector "\{name=="x0".*longer than 8192 characters/) as unknown }),
    );
    expect(selectorIds('1,'.repeat(5000) + '1')).toBeNull();
  });
  it('a long chain of alternatives is evaluated without a deep call stack', () => {
    const chain = `{${Array.from({ length: 600 }, (_, i) => `cid==${i}`).join(' || ')} || name=="Van*"}`;
    expect(chain.length).toBeLessThan(MAX_SELECTOR_LENGTH);
    expect(ids(chain)).toEqual([3]);
  });
  it('many stars against a long name finish (linear matching, no backtracking)', () => {
    const pred = parseSelector(`{name=="${'a*'.repeat(60)}b"}`);
    expect(pred({ id: 1, name: 'a'.repeat(100_000) })).toBe(false);
    expect(pred({ id: 2, name: `${'A'.repeat(100_000)}B` })).toBe(true);
  });
  it('quoted values take backslash escapes; parameters are not decoded twice; only own fields are read', () => {
    expect(parseSelector('{name=="say \\"hi\\""}')({ name: 'say "hi"' })).toBe(true);
    expect(parseSelector("{name=='100%'}")({ name: '100%' })).toBe(true);
    expect(parseSelector('name=100%41')({ name: '100%41' })).toBe(true);
    expect(parseSelector('{constructor=="*"}')({ id: 1 })).toBe(true);
    expect(parseSelector('{constructor=="*Object*"}')({ id: 1 })).toBe(false);
    expect(parseSelector('{__proto__!=""}')({ id: 1 })).toBe(false);
  });
});
