import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HttpError } from './respond';
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
    for (const sel of ['{name=="x"', '{name=}', '{id==1 ||}', 'nonsense', '{a==1 && }'])
      expect(() => parseSelector(sel), sel).toThrow(HttpError);
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
});
