import { describe, it } from 'vitest';
import { T } from './test/fixtures';
import { checkRow } from './test/decideRow';
import type { Row } from './test/decideRow';

/** Token kinds and ACL entries, token lifetime, acting accounts, creating, platform records (rights by source: `decide.test.ts`). */
const rows: Row[] = [
  // Token kinds and ACL entries
  {
    name: 'standard token: no platform types',
    token: T.nwStandard,
    req: { action: 'read', type: 'tokens', id: T.nwStandard },
    status: 403,
    code: 'token-kind',
  },
  { name: 'ACL: listed id', token: T.toolbox, req: { action: 'read', type: 'devices', id: 111 }, status: 200, rules: ['b:5:5'] },
  { name: 'ACL: unlisted id is hidden', token: T.toolbox, req: { action: 'read', type: 'devices', id: 113 }, status: 404, code: 'acl-id' },
  { name: 'ACL: method not listed', token: T.toolbox, req: { action: 'update', type: 'devices', id: 111 }, status: 403, code: 'acl-method' },
  { name: 'ACL: no entry for the uri', token: T.toolbox, req: { action: 'read', type: 'channels', id: 202 }, status: 403, code: 'acl-missing' },
  { name: 'ACL: never more than the account', token: T.trackit, req: { action: 'read', type: 'devices', id: 111 }, status: 404, code: 'not-visible' },
  { name: 'ACL: listed submodule', token: T.trackit, req: { action: 'read', type: 'devices', id: 121, submodule: 'messages' }, status: 200 },
  { name: 'ACL: unlisted submodule', token: T.trackit, req: { action: 'logs', type: 'devices', id: 121 }, status: 403, code: 'acl-submodule' },
  { name: 'ACL: PUT allowed', token: T.nwAcl, req: { action: 'update', type: 'devices', id: 111, method: 'PUT' }, status: 200 },
  { name: 'ACL: PATCH not listed', token: T.nwAcl, req: { action: 'update', type: 'devices', id: 111, method: 'PATCH' }, status: 403, code: 'acl-method' },
  { name: 'ACL: submodules follow item methods', token: T.nwAcl, req: { action: 'logs', type: 'devices', id: 111 }, status: 200 },
  { name: 'ACL: membership POST listed', token: T.nwAcl, req: { action: 'assign', type: 'groups', id: 601 }, status: 200 },
  {
    name: 'ACL: membership DELETE not listed',
    token: T.nwAcl,
    req: { action: 'assign', type: 'groups', id: 601, method: 'DELETE' },
    status: 403,
    code: 'acl-submodule',
  },
  { name: 'ACL: create needs POST', token: T.toolbox, req: { action: 'create', type: 'devices', cid: 5 }, status: 403, code: 'acl-method' },
  // Token lifetime and accounts
  { name: 'expired token', token: T.old, req: { action: 'read', type: 'devices', id: 121 }, status: 401, code: 'token-expired' },
  { name: 'disabled token', token: T.disabled, req: { action: 'read', type: 'devices', id: 121 }, status: 401, code: 'token-disabled' },
  { name: 'blocked account', token: T.blocked, req: { action: 'read', type: 'subaccounts', id: 11 }, status: 401, code: 'account-blocked' },
  { name: 'ttl-only token within ttl', token: T.ttlOnly, req: { action: 'read', type: 'devices', id: 111 }, status: 200 },
  // Acting as a child: the child's rights, not the parent's
  {
    name: 'parent acting as child has child rights',
    token: T.rootMaster,
    acting: 5,
    req: { action: 'read', type: 'channels', id: 201 },
    status: 200,
    rules: ['g:1:read'],
  },
  { name: 'parent acting as child loses its own', token: T.rootMaster, acting: 5, req: { action: 'read', type: 'devices', id: 121 }, status: 404 },
  {
    name: 'acting as a foreign account',
    token: T.nwStandard,
    acting: 1,
    req: { action: 'read', type: 'devices', id: 111 },
    status: 403,
    code: 'cid-not-allowed',
  },
  // Creating
  { name: 'create in own account', token: T.nwStandard, req: { action: 'create', type: 'devices', cid: 5 }, status: 200, rules: ['b:5:5'] },
  { name: 'create in a hidden account', token: T.nwStandard, req: { action: 'create', type: 'devices', cid: 6 }, status: 404 },
  { name: 'subaccount depth limit', token: T.rootMaster, req: { action: 'create', type: 'subaccounts', cid: 12 }, status: 403, code: 'no-rule' },
  { name: 'create subaccount under itself', token: T.nwMaster, req: { action: 'create', type: 'subaccounts', cid: 5 }, status: 200 },
  // Platform records
  { name: 'an account is not its own subaccount', token: T.nwMaster, req: { action: 'read', type: 'subaccounts', id: 5 }, status: 404 },
  { name: 'branch sees grants made below', token: T.rootMaster, req: { action: 'update', type: 'grants', id: 2 }, status: 200, rules: ['b:6:1'] },
  { name: 'grantee reads a received grant', token: T.danaMaster, req: { action: 'read', type: 'grants', id: 2 }, status: 200, rules: ['g:2:read'] },
  { name: 'grantee cannot change it', token: T.danaMaster, req: { action: 'update', type: 'grants', id: 2 }, status: 403, code: 'no-rule' },
  { name: 'built-in roles are readable by all', token: T.danaMaster, req: { action: 'read', type: 'roles', id: 1 }, status: 200, rules: ['c:1'] },
  { name: 'built-in roles cannot be changed', token: T.rootMaster, req: { action: 'update', type: 'roles', id: 1 }, status: 403, code: 'no-rule' },
  { name: 'ancestor custom role is in the catalog', token: T.contosoMaster, req: { action: 'read', type: 'roles', id: 10 }, status: 200, rules: ['c:10'] },
  { name: 'subject reads its assignment', token: T.danaMaster, req: { action: 'read', type: 'role-assignments', id: 1 }, status: 200, rules: ['r:1'] },
  { name: 'subject cannot revoke it', token: T.danaMaster, req: { action: 'delete', type: 'role-assignments', id: 1 }, status: 403, code: 'no-rule' },
  { name: 'owner role may revoke assignments it owns area of', token: T.rootMaster, req: { action: 'delete', type: 'role-assignments', id: 5 }, status: 200 },
];

describe('decide', () => {
  it.each(rows)('$name', (row) => checkRow(row));
});
