import { describe, expect, it } from 'vitest';
import { projectAnswer } from './index';
import type { ReadableView, RecordType } from './index';
import { DRAFT_ID } from './readableView';

/** A view that reads devices 1 and 2, account 10, grant 5 and the draft: nothing else. */
const READS: Partial<Record<RecordType, number[]>> = { devices: [1, 2], subaccounts: [10], grants: [5], tokens: [2] };
const view: ReadableView = {
  principal: {
    token: { id: 1, cid: 10, key: '', info: '', enabled: true, expire: 0, ttl: 0, created: 0, accessed: 0, ips: '', access: { type: 1, acl: [] } },
    actingCid: 10,
    now: 0,
  },
  may: (type, id) => id === DRAFT_ID || (READS[type] ?? []).includes(id),
};

/** The same, reading assignment 1 and 9 too. */
const readsAssignments: ReadableView = { ...view, may: (type, id) => (type === 'role-assignments' && (id === 1 || id === 9)) || view.may(type, id) };

describe('projectAnswer', () => {
  it.each([
    ['member lists', { id: 7, devices: [1, 3, 2] }, { id: 7, devices: [1, 2] }],
    [
      'grantees and grant items',
      {
        subaccounts: [10, 11],
        items: [
          { type: 'devices', ids: [1, 9], access: ['read'] },
          { type: 'subaccounts', ids: [11], access: ['read'] },
          { type: 'calcs', ids: 'all', access: ['read'] },
        ],
      },
      {
        subaccounts: [10],
        items: [
          { type: 'devices', ids: [1], access: ['read'] },
          { type: 'subaccounts', ids: [], access: ['read'] },
          { type: 'calcs', ids: 'all', access: ['read'] },
        ],
      },
    ],
    [
      'log changes as [old, new] pairs',
      { changes: { devices: [null, [1, 3]], subaccounts: [[11], [10, 11]], name: ['a', 'b'] } },
      { changes: { devices: [null, [1]], subaccounts: [[], [10]], name: ['a', 'b'] } },
    ],
    [
      'records and entries it may not read leave lists',
      [
        { type: 'devices', id: 1 },
        { type: 'devices', id: 3 },
        { type: 'grants', id: DRAFT_ID },
      ],
      [
        { type: 'devices', id: 1 },
        { type: 'grants', id: DRAFT_ID },
      ],
    ],
    [
      "a log record's author it may not read is 0",
      { item_type: 'devices', item_id: 1, token_id: 1, actor_cid: 11, changes: {} },
      { item_type: 'devices', item_id: 1, token_id: 0, actor_cid: 0, changes: {} },
    ],
    [
      'rules naming hidden grants or assignments leave lists',
      {
        rules: [
          { kind: 'grant', grantId: 5 },
          { kind: 'grant', grantId: 6 },
          { kind: 'role', assignmentId: 1 },
          { kind: 'branch', ownerCid: 10 },
        ],
      },
      {
        rules: [
          { kind: 'grant', grantId: 5 },
          { kind: 'branch', ownerCid: 10 },
        ],
      },
    ],
    [
      'keys named like Object.prototype members are plain fields',
      { metadata: { valueOf: [1, 3], hasOwnProperty: [3], constructor: { toString: [3] } } },
      { metadata: { valueOf: [1, 3], hasOwnProperty: [3], constructor: { toString: [3] } } },
    ],
  ] as const)('%s', (_name, input, want) => {
    expect(projectAnswer(view, input)).toEqual(want);
  });

  it('names a role it may not read by id only, keeping the rule', () => {
    const rule = { kind: 'role', assignmentId: 1, roleId: 10, roleName: 'secret', scope: '/accounts/10' };
    const readsAssignment: ReadableView = { ...view, may: (type, id) => (type === 'role-assignments' && id === 1) || view.may(type, id) };
    expect(projectAnswer(readsAssignment, [rule])).toEqual([{ ...rule, roleName: 'Role #10' }]);
  });

  it.each([
    [
      "an assignment's instance scope",
      { id: 1, role_id: 3, subject_cid: 10, scope: '/accounts/10/devices/3' },
      { id: 1, role_id: 3, subject_cid: 10, scope: '/accounts/10/devices/0' },
    ],
    [
      "an assignment's account scope",
      { id: 1, role_id: 3, subject_cid: 10, scope: '/accounts/11' },
      { id: 1, role_id: 3, subject_cid: 10, scope: '/accounts/0' },
    ],
    ['a readable instance of an unknown account', { role_id: 3, scope: '/accounts/11/devices/2' }, { role_id: 3, scope: '/accounts/0/devices/2' }],
    ['a group scope', { role_id: 3, scope: '/accounts/11/groups/4' }, { role_id: 3, scope: '/accounts/0/groups/0' }],
    ['a readable scope stays', { role_id: 3, scope: '/accounts/10/devices/1' }, { role_id: 3, scope: '/accounts/10/devices/1' }],
    ['a malformed scope names no record', { role_id: 3, scope: '/accounts/10/things/7' }, { role_id: 3, scope: '/accounts/10/things/7' }],
    [
      'a rule through an assignment',
      { kind: 'role', assignmentId: 9, roleId: 3, roleName: 'reader', scope: '/accounts/11' },
      { kind: 'role', assignmentId: 9, roleId: 3, roleName: 'Role #3', scope: '/accounts/0' },
    ],
    [
      "an assignment's log changes",
      { item_type: 'role-assignments', item_id: 1, changes: { scope: ['/accounts/10/devices/1', '/accounts/11/devices/3'], role_id: [null, 3] } },
      { item_type: 'role-assignments', item_id: 1, changes: { scope: ['/accounts/10/devices/1', '/accounts/0/devices/0'], role_id: [null, 3] } },
    ],
    ['a field named scope elsewhere (metadata) is not a scope', { id: 1, metadata: { scope: '/accounts/11' } }, { id: 1, metadata: { scope: '/accounts/11' } }],
  ] as const)('masks the hidden parts of %s', (_name, input, want) => {
    expect(projectAnswer(readsAssignments, input)).toEqual(want);
  });

  it.each([
    [
      'a token record',
      {
        id: 2,
        access: {
          type: 2,
          acl: [
            { uri: 'gw/devices', methods: ['GET'], ids: [1, 3] },
            { uri: 'gw/calcs', methods: ['GET'], ids: 'all' },
          ],
        },
      },
      {
        id: 2,
        access: {
          type: 2,
          acl: [
            { uri: 'gw/devices', methods: ['GET'], ids: [1] },
            { uri: 'gw/calcs', methods: ['GET'], ids: 'all' },
          ],
        },
      },
    ],
    [
      "a token's log changes",
      {
        item_type: 'tokens',
        item_id: 2,
        changes: {
          access: [
            { type: 2, acl: [{ uri: 'gw/devices', methods: ['DELETE'], ids: [3] }] },
            { type: 2, acl: [{ uri: 'gw/devices', methods: ['GET'], ids: [2, 3], submodules: [] }] },
          ],
        },
      },
      {
        item_type: 'tokens',
        item_id: 2,
        changes: {
          access: [
            { type: 2, acl: [{ uri: 'gw/devices', methods: ['DELETE'], ids: [] }] },
            { type: 2, acl: [{ uri: 'gw/devices', methods: ['GET'], ids: [2], submodules: [] }] },
          ],
        },
      },
    ],
  ] as const)('keeps only readable ACL ids in %s', (_name, input, want) => {
    expect(projectAnswer(view, input)).toEqual(want);
  });

  it('does not change its input', () => {
    const input = { devices: [1, 3] };
    projectAnswer(view, input);
    expect(input).toEqual({ devices: [1, 3] });
  });
});
