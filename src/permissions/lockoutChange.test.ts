import { describe, expect, it } from 'vitest';
import type { Account, Grant, RoleAssignment, Token } from '../domain/types';
import { accountLockoutChange, assignmentLockoutChange, grantLockoutChange, tokenLockoutChange } from './lockoutChange';

const NOW = 1_800_000_000;
const grant: Grant = { id: 1, cid: 10, name: 'g', items: [], subaccounts: [11], expire: 0, enabled: true };
const token: Token = {
  id: 1,
  cid: 10,
  key: 'k',
  info: '',
  enabled: true,
  expire: NOW + 60,
  ttl: 0,
  created: 0,
  accessed: 0,
  ips: '',
  access: { type: 1, acl: [] },
};
const assignment: RoleAssignment = { id: 1, cid: 10, role_id: 1, subject_cid: 11, scope: '/accounts/10', expire: 0 };
const account: Account = { id: 11, owner_id: 10, name: 'a', blocked: false };

describe('which guarded change an update makes', () => {
  it('a grant ends when disabled or when its expiry moves into the past, not when it moves further out', () => {
    expect(grantLockoutChange(grant, { ...grant, enabled: false }, NOW)).toBe('disable');
    expect(grantLockoutChange(grant, { ...grant, expire: NOW - 1 }, NOW)).toBe('disable');
    expect(grantLockoutChange(grant, { ...grant, expire: NOW + 3600 }, NOW)).toBeNull();
    expect(grantLockoutChange({ ...grant, enabled: false }, { ...grant, enabled: false, name: 'x' }, NOW)).toBeNull();
  });
  it('a token ends when it becomes unusable or stops being a master token', () => {
    expect(tokenLockoutChange(token, { ...token, enabled: false }, NOW)).toBe('disable');
    expect(tokenLockoutChange(token, { ...token, expire: NOW - 1 }, NOW)).toBe('disable');
    expect(tokenLockoutChange(token, { ...token, access: { type: 0, acl: [] } }, NOW)).toBe('disable');
    expect(tokenLockoutChange(token, { ...token, info: 'renamed' }, NOW)).toBeNull();
  });
  it('an assignment that expires now is taken away like a deleted one', () => {
    expect(assignmentLockoutChange(assignment, { ...assignment, expire: NOW }, NOW)).toBe('delete');
    expect(assignmentLockoutChange(assignment, { ...assignment, expire: NOW + 1 }, NOW)).toBeNull();
  });
  it('an account is guarded when it becomes blocked', () => {
    expect(accountLockoutChange(account, { ...account, blocked: true })).toBe('block');
    expect(accountLockoutChange({ ...account, blocked: true }, { ...account, blocked: true, name: 'b' })).toBeNull();
  });
});
