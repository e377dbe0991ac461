import { describe, expect, it } from 'vitest';
import { grantShapeProblems } from './index';

describe('grantShapeProblems (the grant guard and the grant form alike)', () => {
  it('takes a grant with no grantees and no items', () => {
    expect(grantShapeProblems({ cid: 1000, subaccounts: [], items: [] })).toEqual([]);
  });

  it('refuses the grantor as its own grantee, unless the stored grant already named it', () => {
    const self = { cid: 1000, subaccounts: [1004, 1000], items: [] };
    expect(grantShapeProblems(self)).toEqual([{ field: 'subaccounts', message: 'the grantor cannot be its own grantee' }]);
    expect(grantShapeProblems(self, { cid: 1000, subaccounts: [1000] })).toEqual([]);
    expect(grantShapeProblems(self, { cid: 1000, subaccounts: [1004] })).toHaveLength(1);
  });

  it('names each item without a level or without ids', () => {
    const items = [
      { type: 'devices' as const, ids: [] as number[], access: [] },
      { type: 'subaccounts' as const, ids: [], access: ['read' as const] },
      { type: 'calcs' as const, ids: 'all' as const, access: ['read' as const] },
    ];
    expect(grantShapeProblems({ cid: 1000, subaccounts: [1004], items })).toEqual([
      { field: 'items[0].access', message: 'pick at least one level' },
      { field: 'items[0].ids', message: 'pick instances, or share all of them' },
      { field: 'items[1].ids', message: 'pick the subaccounts' },
    ]);
  });
});
