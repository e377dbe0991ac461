import { describe, expect, it } from 'vitest';
import type { BinEntryAnswer } from '../../../../contracts/recycleBin';
import { daysLeft, restoreCidOf, unlinkedWords } from './binText';

const entry = (type: BinEntryAnswer['type'], id: number, cid: number): BinEntryAnswer => ({
  origin: `x/${type}/${id}`,
  type,
  id,
  cid,
  name: '',
  deleted: 0,
  expires: 30 * 86_400,
  unlinked: [],
  configuration: {},
});

describe('recycle bin words', () => {
  it('restores in the nearest account that is not itself in the bin', () => {
    const bin = [entry('subaccounts', 1005, 1003), entry('subaccounts', 1003, 1000), entry('devices', 311, 1005)];
    expect(restoreCidOf(entry('devices', 311, 1005), bin)).toBe(1000);
    expect(restoreCidOf(entry('devices', 311, 1005), [])).toBe(1005);
  });
  it('counts whole days left and names what does not come back', () => {
    expect(daysLeft(entry('devices', 1, 1), 0)).toBe(30);
    expect(daysLeft(entry('devices', 1, 1), 30 * 86_400 - 1)).toBe(0);
    expect(daysLeft(entry('devices', 1, 1), 31 * 86_400)).toBe(0);
    expect(unlinkedWords([{ type: 'groups', id: 1, field: 'devices' }])).toEqual(['membership in group #1']);
  });
});
