import { describe, expect, it } from 'vitest';
import { describeAssignment, describeScope } from './scope';

const name = (cid: number) => (cid === 1004 ? 'Northwind' : cid === 1007 ? 'Dana' : `Account #${cid}`);

describe('scopes and assignments in words', () => {
  it('names scopes readably, and leaves unparsable ones as they are', () => {
    expect(describeScope('/accounts/1004', name)).toBe('account Northwind and below');
    expect(describeScope('/accounts/1004/groups/1', name)).toBe('groups #1 of Northwind');
    expect(describeScope('/accounts/1004/trucks/1', name)).toBe('/accounts/1004/trucks/1');
    expect(describeScope('/weird', name)).toBe('/weird');
  });
  it("says which parts of a masked scope are outside the reader's view", () => {
    expect(describeScope('/accounts/0', name)).toBe('an account outside your view');
    expect(describeScope('/accounts/1004/devices/0', name)).toBe('devices outside your view of Northwind');
    expect(describeScope('/accounts/0/devices/5', name)).toBe('devices #5 of an account outside your view');
    expect(describeScope('/accounts/0/trucks/0', name)).toBe('/accounts/0/trucks/0');
  });
  it('says which role, for whom, on what', () => {
    const role = (id: number) => (id === 3 ? 'reader' : `Role #${id}`);
    expect(describeAssignment({ role_id: 3, subject_cid: 1007, scope: '/accounts/1004' }, role, name)).toBe('reader for Dana on account Northwind and below');
    expect(describeAssignment({ role_id: 9, subject_cid: 1, scope: '/accounts/1004/devices/5' }, role, name)).toBe(
      'Role #9 for Account #1 on devices #5 of Northwind',
    );
  });
});
