/** Plain words of the module (issue 20): levels, items, ends, ACL entries by name, named reasons. */
import { describe, expect, it } from 'vitest';
import { aclEntryWords, actionWords, itemsWords, summarizeRules, untilWords } from './index';
import type { NamedRule } from './index';

describe('plain words', () => {
  it('says permissions as levels, items by name and ends as dates', () => {
    expect(actionWords(['logs', 'update', 'read'])).toBe('read, edit and logs');
    expect(itemsWords('devices', ['Reefer 13'])).toBe('device “Reefer 13”');
    expect(itemsWords('devices', ['A', 'B', 'C', 'D'])).toBe('devices “A”, “B”, “C” and 1 more');
    expect(untilWords(0, String)).toBe('with no end date');
    expect(untilWords(86_400, (t) => new Date(t * 1000).toISOString().slice(0, 10))).toBe('until 1970-01-02');
  });
  it('says what an ACL entry allows, by device name, logs included; hidden ids are not named', () => {
    const names = (id: number) => ({ 301: 'NW Truck 1', 302: 'NW Truck 2' })[id] ?? null;
    expect(aclEntryWords({ uri: 'gw/devices', methods: ['GET'], ids: [301, 302] }, names)).toBe(
      'read on devices “NW Truck 1” and “NW Truck 2”, with logs and every other submodule alike',
    );
    expect(aclEntryWords({ uri: 'gw/devices', methods: ['GET'], ids: [301, 999] }, names)).toBe(
      'read on device “NW Truck 1” and others outside your view, with logs and every other submodule alike',
    );
    expect(aclEntryWords({ uri: 'gw/devices', methods: ['GET'], ids: 'all', submodules: [{ name: 'messages', methods: ['GET'] }] }, names)).toBe(
      'read on every device its account reaches, with only the messages (read) submodule, not logs',
    );
  });
  it('names grants and assignments in reasons when the backend named them, with their end', () => {
    const rules: NamedRule[] = [
      { kind: 'grant', grantId: 2, grantorCid: 5, level: 'read', name: 'Reefer 12 support', expire: 86_400 },
      { kind: 'grant', grantId: 2, grantorCid: 5, level: 'edit', name: 'Reefer 12 support', expire: 86_400 },
      { kind: 'role', assignmentId: 1, roleId: 3, roleName: 'reader', scope: '/accounts/4', expire: 0 },
    ];
    expect(summarizeRules(rules, (c) => (c === 4 ? 'Northwind' : String(c))).map((s) => s.text)).toEqual([
      'grant “Reefer 12 support”: read, edit, until 1970-01-02',
      'role “reader” on account Northwind and below',
    ]);
  });
});
