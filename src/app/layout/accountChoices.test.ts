import { describe, expect, it } from 'vitest';
import type { ActableAccount } from '../../auth/accessKeys';
import { accountChoices } from './accountChoices';

const acc = (id: number, name: string): ActableAccount => ({ id, name, owner_id: 1, via: 'branch' });
const ACCOUNTS = [acc(1, 'Root'), acc(2, 'Clients'), acc(3, 'Northwind Logistics'), acc(4, 'Contoso Foods'), acc(14, 'North Star')];

describe('accountChoices', () => {
  it('puts the acting account first and caps the list, counting every match', () => {
    const r = accountChoices(ACCOUNTS, '', 4, 3);
    expect(r.shown.map((a) => a.id)).toEqual([4, 1, 2]);
    expect(r.matching).toBe(5);
  });

  it('matches names case-insensitively, and ids exactly (with or without #)', () => {
    expect(accountChoices(ACCOUNTS, 'north', 1, 10).shown.map((a) => a.id)).toEqual([3, 14]);
    expect(accountChoices(ACCOUNTS, '#4', 1, 10).shown.map((a) => a.id)).toEqual([4]);
    expect(accountChoices(ACCOUNTS, '1', 2, 10).shown.map((a) => a.id)).toEqual([1]);
  });

  it('says when nothing matches', () => {
    expect(accountChoices(ACCOUNTS, 'fabrikam', 1, 10)).toEqual({ shown: [], matching: 0 });
  });
});
