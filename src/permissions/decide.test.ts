import { describe, expect, it } from 'vitest';
import { T } from './test/fixtures';
import { ask, checkRow } from './test/decideRow';
import type { Row } from './test/decideRow';

/** Where rights come from: branch, grants (the spec's worked examples), subaccount grants, roles. Token kinds and the rest: `decideTokens.test.ts`. */
const rows: Row[] = [
  // Branch ownership
  { name: 'root reads a grandchild device', token: T.rootMaster, req: { action: 'read', type: 'devices', id: 111 }, status: 200, rules: ['b:5:1'] },
  { name: 'owner updates its own device', token: T.nwStandard, req: { action: 'update', type: 'devices', id: 111 }, status: 200, rules: ['b:5:5'] },
  { name: 'sibling device is hidden', token: T.nwStandard, req: { action: 'read', type: 'devices', id: 121 }, status: 404, code: 'not-visible' },
  { name: 'child has nothing on parent instances', token: T.nwStandard, req: { action: 'read', type: 'devices', id: 101 }, status: 404, code: 'not-visible' },
  { name: 'absent item is 404 like hidden', token: T.rootMaster, req: { action: 'read', type: 'devices', id: 999 }, status: 404, code: 'not-visible' },
  { name: 'command is devices only', token: T.rootMaster, req: { action: 'command', type: 'channels', id: 201 }, status: 403, code: 'no-rule' },
  // Worked example 1: a higher channel shared with a lower subaccount, default access
  { name: 'grantee reads granted channel', token: T.nwStandard, req: { action: 'read', type: 'channels', id: 201 }, status: 200, rules: ['g:1:read'] },
  { name: 'grantee cannot change granted channel', token: T.nwStandard, req: { action: 'update', type: 'channels', id: 201 }, status: 403, code: 'no-rule' },
  { name: 'read on a channel gives its logs', token: T.nwStandard, req: { action: 'logs', type: 'channels', id: 201 }, status: 200, rules: ['g:1:read'] },
  // Worked example 2: supporter with read+edit on one client device
  { name: 'supporter reads the device', token: T.danaStandard, req: { action: 'read', type: 'devices', id: 122 }, status: 200, rules: ['g:2:read'] },
  {
    name: 'supporter reads its logs (read and edit)',
    token: T.danaStandard,
    req: { action: 'logs', type: 'devices', id: 122 },
    status: 200,
    rules: ['g:2:read', 'g:2:edit'],
  },
  { name: 'supporter changes its configuration', token: T.danaStandard, req: { action: 'update', type: 'devices', id: 122 }, status: 200, rules: ['g:2:edit'] },
  { name: 'supporter cannot delete it', token: T.danaStandard, req: { action: 'delete', type: 'devices', id: 122 }, status: 403, code: 'no-rule' },
  { name: 'supporter cannot command it', token: T.danaStandard, req: { action: 'command', type: 'devices', id: 122 }, status: 403, code: 'no-rule' },
  { name: 'supporter sees no other client device', token: T.danaStandard, req: { action: 'read', type: 'devices', id: 121 }, status: 404, code: 'not-visible' },
  // Worked example 3: all calcs of an application account
  { name: 'client sees the application calcs', token: T.nwStandard, req: { action: 'read', type: 'calcs', id: 302 }, status: 200, rules: ['g:3:read'] },
  { name: 'client may assign its devices to a calc', token: T.nwStandard, req: { action: 'assign', type: 'calcs', id: 301 }, status: 200, rules: ['g:3:read'] },
  { name: 'calc read does not give calc logs', token: T.nwStandard, req: { action: 'logs', type: 'calcs', id: 301 }, status: 403, code: 'no-rule' },
  { name: 'all-calcs grant covers only the grantor account', token: T.nwStandard, req: { action: 'read', type: 'calcs', id: 303 }, status: 404 },
  { name: 'edit on a plugin gives its logs', token: T.contosoMaster, req: { action: 'logs', type: 'plugins', id: 501 }, status: 200, rules: ['g:10:edit'] },
  // Group grant: the group, not its members
  { name: 'group grantee sees the group', token: T.contosoMaster, req: { action: 'read', type: 'groups', id: 601 }, status: 200, rules: ['g:8:read'] },
  { name: 'group grantee does not see members', token: T.contosoMaster, req: { action: 'read', type: 'devices', id: 111 }, status: 404 },
  // Disabled, expired and re-shared grants give nothing
  { name: 'disabled grant gives nothing', token: T.nwStandard, req: { action: 'read', type: 'devices', id: 123 }, status: 404 },
  { name: 'expired grant gives nothing', token: T.nwStandard, req: { action: 'read', type: 'devices', id: 121 }, status: 404 },
  {
    name: 'a grantee cannot re-share (grant 9 gives nothing)',
    token: T.fleetMaster,
    req: { action: 'read', type: 'devices', id: 122 },
    status: 200,
    rules: ['r:5'],
  },
  // Subaccount grants
  { name: 'subaccount read: its instances', token: T.contosoMaster, req: { action: 'read', type: 'devices', id: 131 }, status: 200, rules: ['s:4:9:read'] },
  { name: 'subaccount read: not its descendants', token: T.contosoMaster, req: { action: 'read', type: 'devices', id: 132 }, status: 404 },
  {
    name: 'subaccount read: the account itself',
    token: T.contosoMaster,
    req: { action: 'read', type: 'subaccounts', id: 9 },
    status: 200,
    rules: ['s:4:9:read'],
  },
  { name: 'subaccount read: not its tokens', token: T.contosoMaster, req: { action: 'read', type: 'tokens', id: T.coldMaster }, status: 404 },
  { name: 'subaccount read cannot update', token: T.contosoMaster, req: { action: 'update', type: 'devices', id: 131 }, status: 403, code: 'no-rule' },
  {
    name: 'create-devices in the subaccount',
    token: T.contosoMaster,
    req: { action: 'create', type: 'devices', cid: 9 },
    status: 200,
    rules: ['s:4:9:create-devices'],
  },
  { name: 'no create-channels in the subaccount', token: T.contosoMaster, req: { action: 'create', type: 'channels', cid: 9 }, status: 403, code: 'no-rule' },
  {
    name: 'operate-as: full access to the subaccount',
    token: T.supportMaster,
    req: { action: 'delete', type: 'devices', id: 131 },
    status: 200,
    rules: ['s:5:9:operate-as'],
  },
  {
    name: 'operate-as: and its descendants',
    token: T.supportMaster,
    req: { action: 'update', type: 'devices', id: 132 },
    status: 200,
    rules: ['s:5:9:operate-as'],
  },
  { name: 'operate-as: its subaccount records', token: T.supportMaster, req: { action: 'update', type: 'subaccounts', id: 10 }, status: 200 },
  // Role assignments
  { name: 'reader role over an account', token: T.danaStandard, req: { action: 'read', type: 'devices', id: 111 }, status: 200, rules: ['r:1'] },
  { name: 'reader role cannot update', token: T.danaStandard, req: { action: 'update', type: 'devices', id: 111 }, status: 403, code: 'no-rule' },
  { name: 'expired assignment gives nothing', token: T.danaStandard, req: { action: 'read', type: 'channels', id: 202 }, status: 200, rules: ['r:1'] },
  { name: 'instance-scoped role', token: T.danaStandard, req: { action: 'command', type: 'devices', id: 123 }, status: 200, rules: ['r:4'] },
  { name: 'group-scoped role: the group', token: T.fleetMaster, req: { action: 'read', type: 'groups', id: 601 }, status: 200, rules: ['r:3'] },
  { name: 'group-scoped role: member devices', token: T.fleetMaster, req: { action: 'command', type: 'devices', id: 112 }, status: 200, rules: ['r:3'] },
  { name: 'restricted member does not change', token: T.fleetMaster, req: { action: 'update', type: 'devices', id: 112 }, status: 403, code: 'no-rule' },
  { name: 'custom role over an account', token: T.fleetMaster, req: { action: 'logs', type: 'devices', id: 121 }, status: 200, rules: ['r:5'] },
  { name: 'owner role reaches tokens', token: T.supportMaster, req: { action: 'update', type: 'tokens', id: T.trackit }, status: 200, rules: ['r:6'] },
  {
    name: 'owner role over an account: its subaccount record',
    token: T.supportMaster,
    req: { action: 'update', type: 'subaccounts', id: 6 },
    status: 200,
    rules: ['r:6'],
  },
  {
    name: 'a role never deletes its scope account itself',
    token: T.supportMaster,
    req: { action: 'delete', type: 'subaccounts', id: 6 },
    status: 403,
    code: 'no-rule',
  },
];

describe('decide', () => {
  it.each(rows)('$name', (row) => checkRow(row));

  it('refusal texts never name hidden items', () => {
    for (const id of [101, 121, 122, 123, 131, 132]) {
      const d = ask(T.nwStandard, { action: 'update', type: 'devices', id });
      expect(d.refusal?.message).not.toMatch(/Reefer|Root device|sensor|\d{3}/);
    }
  });
});
