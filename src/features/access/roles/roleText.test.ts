import { describe, expect, it } from 'vitest';
import { assignmentState, groupPermissions, permissionSummary } from './roleText';

describe('role texts', () => {
  it('groups permissions by type in catalog order', () => {
    expect(groupPermissions(['groups:read', 'devices:read', 'devices:command', 'subaccounts:read'])).toEqual([
      { type: 'subaccounts', actions: ['read'] },
      { type: 'devices', actions: ['read', 'command'] },
      { type: 'groups', actions: ['read'] },
    ]);
    expect(permissionSummary(['devices:read', 'devices:update'])).toBe('devices: read, update');
    expect(permissionSummary([])).toBe('No permissions');
  });
  it('tells expired from expiring soon from active', () => {
    expect(assignmentState({ expire: 0 }, 1000)).toBe('active');
    expect(assignmentState({ expire: 999 }, 1000)).toBe('expired');
    expect(assignmentState({ expire: 1000 }, 1000)).toBe('expired');
    expect(assignmentState({ expire: 1000 + 86_400 }, 1000)).toBe('expiring');
    expect(assignmentState({ expire: 1000 + 30 * 86_400 }, 1000)).toBe('active');
  });
});
