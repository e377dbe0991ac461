import { describe, expect, it } from 'vitest';
import { revocableSources } from './revocableSources';

describe('revocableSources', () => {
  it('each grant and assignment once, a grant by the name the server gave it (issue 20)', () => {
    expect(
      revocableSources([
        { kind: 'grant', grantId: 2, grantorCid: 1005, level: 'read', name: 'Reefer 12 support for Dana', expire: 0 },
        { kind: 'grant', grantId: 2, grantorCid: 1005, level: 'edit', name: 'Reefer 12 support for Dana', expire: 0 },
        { kind: 'subaccount-grant', grantId: 7, subaccountCid: 1008, level: 'read' },
        { kind: 'role', assignmentId: 1, roleId: 3, roleName: 'reader', scope: '/accounts/1004' },
        { kind: 'branch', ownerCid: 1005, actingCid: 1005 },
      ]),
    ).toEqual([
      { kind: 'grant', grantId: 2, grantName: 'Reefer 12 support for Dana' },
      { kind: 'grant', grantId: 7 },
      { kind: 'role', assignmentId: 1, roleName: 'reader' },
    ]);
  });
});
