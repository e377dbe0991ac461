import { describe, expect, it } from 'vitest';
import { buildTree, countByCid } from './accountTree';

const acc = (id: number, owner_id: number, name: string) => ({ id, owner_id, name, blocked: false });

describe('buildTree', () => {
  it('nests the branch under the accounts whose parent is not listed, siblings by name', () => {
    const tree = buildTree([acc(4, 3, 'Northwind'), acc(3, 1, 'Clients'), acc(5, 3, 'Contoso'), acc(2, 1, 'App 10'), acc(6, 1, 'App 9')]);
    const shape = (n: ReturnType<typeof buildTree>): unknown[] => n.map((x) => [x.account.name, shape(x.children)]);
    expect(shape(tree)).toEqual([
      ['App 9', []],
      ['App 10', []],
      [
        'Clients',
        [
          ['Contoso', []],
          ['Northwind', []],
        ],
      ],
    ]);
  });
  it('places each account once even when the data has a cycle', () => {
    const tree = buildTree([acc(2, 3, 'b'), acc(3, 2, 'c'), acc(4, 1, 'a')]);
    expect(tree.map((n) => n.account.name)).toEqual(['a']);
  });
});

describe('countByCid', () => {
  it('counts records per owner', () => {
    expect([...countByCid([{ cid: 1 }, { cid: 2 }, { cid: 1 }])]).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });
});
