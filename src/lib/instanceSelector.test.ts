import { describe, expect, it } from 'vitest';
import { instanceSelector } from './instanceSelector';

describe('instanceSelector', () => {
  it('is "all" without search or filter', () => {
    expect(instanceSelector({ q: '  ', cid: null })).toBe('all');
  });
  it('matches the name anywhere and the owner account', () => {
    expect(instanceSelector({ q: 'Truck', cid: null })).toBe('{name=="*Truck*"}');
    expect(instanceSelector({ q: '', cid: 1004 })).toBe('{cid==1004}');
    expect(instanceSelector({ q: ' NW ', cid: 1004 })).toBe('{name=="*NW*" && cid==1004}');
  });
  it('drops quotes and backslashes that would break out of the string', () => {
    expect(instanceSelector({ q: 'a" || cid==1 || name=="b\\', cid: null })).toBe('{name=="*a || cid==1 || name==b*"}');
  });
});
