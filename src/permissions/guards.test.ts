import { describe, it } from 'vitest';
import { checkAssignmentDraft, checkGrantDraft, checkRoleDraft, checkTokenDraft } from './index';
import type { Permission } from '../domain/types';
import { T } from './test/fixtures';
import { ix, p, world } from './test/fixtureIndex';
import { assignment, expectResult, grantDraft, tokenDraft } from './test/guardDrafts';

describe('checkTokenDraft', () => {
  it.each([
    ['master creates any kind in its branch', T.rootMaster, tokenDraft(5, { type: 1, acl: [] }), {}],
    ['standard tokens may not create tokens', T.nwStandard, tokenDraft(5, { type: 0, acl: [] }), { status: 403, field: 'access.type', code: 'escalation' }],
    ['not outside the branch', T.nwMaster, tokenDraft(6, { type: 0, acl: [] }), { status: 404, field: 'cid' }],
    ['a token must expire', T.nwMaster, tokenDraft(5, { type: 0, acl: [] }, { expire: 0 }), { status: 400, field: 'expire' }],
    [
      'bad uri',
      T.nwMaster,
      tokenDraft(5, { type: 2, acl: [{ uri: 'gw/x' as 'gw/devices', methods: ['GET'], ids: 'all' }] }),
      { status: 400, field: 'access.acl[0].uri' },
    ],
    [
      'ACL ids the creator cannot read',
      T.nwMaster,
      tokenDraft(5, { type: 2, acl: [{ uri: 'gw/devices', methods: ['GET'], ids: [111, 121] }] }),
      { status: 403, field: 'access.acl[0].ids', code: 'escalation' },
    ],
    [
      'ACL method beyond the creator',
      T.danaMaster,
      tokenDraft(8, {
        type: 2,
        acl: [
          { uri: 'gw/devices', methods: ['GET'], ids: [122] },
          { uri: 'gw/devices', methods: ['GET', 'DELETE'], ids: [122] },
        ],
      }),
      { status: 403, field: 'access.acl[1].methods' },
    ],
    [
      'ACL submodule beyond the creator',
      T.danaMaster,
      tokenDraft(8, { type: 2, acl: [{ uri: 'gw/devices', methods: ['GET'], ids: [122], submodules: [{ name: 'commands', methods: ['POST'] }] }] }),
      { status: 403, field: 'access.acl[0].submodules[0].methods' },
    ],
    [
      'a role holder cannot mint tokens of an account it cannot act as',
      T.supportMaster,
      tokenDraft(6, { type: 0, acl: [] }),
      { status: 403, field: 'cid', code: 'escalation' },
    ],
    // No re-share (issue 22): a token would outlive the grant; only the account's own branch mints one.
    [
      'an operate-as holder cannot mint tokens for the subaccount',
      T.supportMaster,
      tokenDraft(10, { type: 1, acl: [] }),
      { status: 403, field: 'cid', code: 'escalation' },
    ],
    [
      'ACL within the creator',
      T.danaMaster,
      tokenDraft(8, { type: 2, acl: [{ uri: 'gw/devices', methods: ['GET', 'PUT'], ids: [122], submodules: [{ name: 'logs', methods: ['GET'] }] }] }),
      {},
    ],
  ] as const)('%s', (_n, tokenId, draft, want) => {
    expectResult(checkTokenDraft(ix, p(tokenId), draft), want);
  });
});
describe('checkGrantDraft', () => {
  it.each([
    ['grantor shares its own devices', T.contosoMaster, grantDraft(6, [{ type: 'devices', ids: [121], access: ['read', 'command'] }]), {}],
    ['an ancestor manages a grant of its descendant', T.rootMaster, grantDraft(6, [{ type: 'devices', ids: 'all', access: ['read'] }]), {}],
    [
      'a grantee cannot re-share',
      T.danaMaster,
      grantDraft(8, [{ type: 'devices', ids: [122], access: ['read'] }], [2]),
      { status: 403, field: 'items[0].ids', code: 'escalation' },
    ],
    ['only the grantor branch', T.nwMaster, grantDraft(6, [{ type: 'devices', ids: [121], access: ['read'] }]), { status: 404, field: 'cid' }],
    [
      'level must fit the type',
      T.contosoMaster,
      grantDraft(6, [{ type: 'groups', ids: [602], access: ['command'] }]),
      { status: 400, field: 'items[0].access' },
    ],
    ['subaccount levels on subaccounts only', T.coldMaster, grantDraft(3, [{ type: 'subaccounts', ids: [10], access: ['read', 'operate-as'] }]), {}],
    [
      'subaccounts must be below the grantor',
      T.coldMaster,
      grantDraft(3, [{ type: 'subaccounts', ids: [6], access: ['read'] }]),
      { status: 403, field: 'items[0].ids' },
    ],
    [
      'a later item not owned',
      T.contosoMaster,
      grantDraft(6, [
        { type: 'devices', ids: [121], access: ['read'] },
        { type: 'devices', ids: [999], access: ['read'] },
      ]),
      { status: 403, field: 'items[1].ids' },
    ],
    ['standard tokens have no platform', T.nwStandard, grantDraft(5, []), { status: 403, code: 'token-kind' }],
  ] as const)('%s', (_n, tokenId, draft, want) => {
    expectResult(checkGrantDraft(ix, p(tokenId), draft), want);
  });

  it('changing a grant needs rights on the existing one too', () => {
    const existing = world.grants.find((g) => g.id === 2);
    if (!existing) throw new Error('fixture');
    expectResult(checkGrantDraft(ix, p(T.danaMaster), { ...existing, name: 'mine now' }, existing), { status: 403, field: 'id' });
    expectResult(checkGrantDraft(ix, p(T.contosoMaster), { ...existing, name: 'renamed' }, existing), {});
  });
});

describe('checkRoleDraft', () => {
  it.each([
    ['valid custom role', T.contosoMaster, { cid: 6, name: 'ops', description: '', permissions: ['devices:read', 'devices:command'] }, {}],
    [
      'invalid permission',
      T.contosoMaster,
      { cid: 6, name: 'ops', description: '', permissions: ['devices:read', 'devices:fly'] },
      { status: 400, field: 'permissions[1]' },
    ],
    [
      'command is for devices only',
      T.contosoMaster,
      { cid: 6, name: 'ops', description: '', permissions: ['groups:command'] },
      { status: 400, field: 'permissions[0]' },
    ],
    ['empty name', T.contosoMaster, { cid: 6, name: ' ', description: '', permissions: [] }, { status: 400, field: 'name' }],
    ['outside the branch', T.nwMaster, { cid: 6, name: 'x', description: '', permissions: [] }, { status: 404, field: 'cid' }],
  ] as const)('%s', (_n, tokenId, draft, want) => {
    expectResult(checkRoleDraft(ix, p(tokenId), { ...draft, permissions: [...draft.permissions] as string[] as Permission[] }), want);
  });

  it('built-in roles cannot be changed', () => {
    const owner = world.roles.find((r) => r.id === 1);
    if (!owner) throw new Error('fixture');
    expectResult(checkRoleDraft(ix, p(T.rootMaster), owner, owner), { status: 403, field: 'id' });
  });
});
describe('checkAssignmentDraft', () => {
  it.each([
    ['branch assigns over a descendant', T.rootMaster, assignment(1, 3, 8, '/accounts/5'), {}],
    ['custom role within its owner branch', T.contosoMaster, assignment(6, 10, 8, '/accounts/6'), {}],
    // Fleet holds role 10 (assignment 5), so it reads the role: visible but refused.
    ['custom role outside its owner branch, read as the role it holds', T.fleetMaster, assignment(2, 10, 8, '/accounts/2'), { status: 403, field: 'role_id' }],
    ['owner role holder assigns within its scope', T.supportMaster, assignment(7, 3, 2, '/accounts/6'), {}],
    [
      'a grantee cannot assign over what it only reads',
      T.danaMaster,
      assignment(8, 3, 2, '/accounts/6/devices/122'),
      { status: 403, field: 'scope', code: 'escalation' },
    ],
    ['scope hidden from the actor', T.danaMaster, assignment(8, 3, 2, '/accounts/6'), { status: 404, field: 'scope' }],
    ['malformed scope', T.rootMaster, assignment(1, 3, 8, '/accounts/x'), { status: 400, field: 'scope' }],
    ['scope names an instance under the wrong account', T.rootMaster, assignment(1, 3, 8, '/accounts/6/devices/111'), { status: 404, field: 'scope' }],
    ['group scope', T.nwMaster, assignment(5, 4, 8, '/accounts/5/groups/601'), {}],
    ['unknown role', T.rootMaster, assignment(1, 99, 8, '/accounts/5'), { status: 404, field: 'role_id' }],
    ['unknown subject', T.rootMaster, assignment(1, 3, 99, '/accounts/5'), { status: 400, field: 'subject_cid' }],
    ['owner needs roles:assign over the assignment account', T.supportMaster, assignment(6, 3, 2, '/accounts/6'), {}],
    ['standard tokens have no platform', T.nwStandard, assignment(5, 3, 2, '/accounts/5'), { status: 403, code: 'token-kind' }],
  ] as const)('%s', (_n, tokenId, draft, want) => {
    expectResult(checkAssignmentDraft(ix, p(tokenId), draft), want);
  });
});
