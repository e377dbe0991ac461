/**
 * The official client's platform flows (flespi-io-js `platform.*`): customer, subaccounts and tokens. As flespi's
 * users make them: the root admin's master token, the same token acting as a subaccount (`x-flespi-cid`), a
 * subaccount's own master and ACL tokens.
 */
import type { Flow } from './officialFlowsReplay';

const NORTHWIND = 1004;
const NEWEST = { reverse: true, count: 1 };

export const CUSTOMER: Flow = {
  name: 'customer',
  steps: [
    { what: 'getCustomer with fields', method: 'GET', path: '/platform/customer', fields: 'id,name', result: [{ id: 1000, name: 'Acme Telematics' }] },
    { what: 'getCustomer as a subaccount', cid: NORTHWIND, method: 'GET', path: '/platform/customer', result: [{ id: NORTHWIND }], has: ['id', 'name', 'cid'] },
    {
      what: 'putCustomer',
      method: 'PUT',
      path: '/platform/customer',
      fields: 'id,metadata',
      body: { metadata: { replay: 'customer' } },
      result: [{ id: 1000 }],
    },
    { what: 'putCustomer back', method: 'PUT', path: '/platform/customer', fields: 'metadata', body: { metadata: {} }, result: [{ metadata: {} }] },
    {
      what: 'getCustomerLogs, newest one',
      method: 'GET',
      path: '/platform/customer/logs',
      data: { ...NEWEST, fields: 'event,item_type,item_id,changes' },
      result: [{ event: 'updated', item_type: 'customer', item_id: 1000, changes: { metadata: [{ replay: 'customer' }, {}] } }],
    },
    { what: 'getCustomerLogs filtered', method: 'GET', path: '/platform/customer/logs', data: { filter: 'event=updated', fields: 'event' }, count: 2 },
    { what: 'getCustomerLogs, bad data', method: 'GET', path: '/platform/customer/logs', data: { count: 'ten' }, status: 400, reason: /data/ },
  ],
};

export const SUBACCOUNTS: Flow = {
  name: 'subaccounts',
  steps: [
    {
      what: 'postSubaccounts, two at once',
      method: 'POST',
      path: '/platform/subaccounts',
      fields: 'id,name',
      body: [{ name: 'Replay Co' }, { name: 'Replay Two' }],
      result: [{ name: 'Replay Co' }, { name: 'Replay Two' }],
      keep: { sub: 'id', two: '1.id' },
    },
    {
      what: 'getSubaccounts by name',
      method: 'GET',
      path: '/platform/subaccounts/name=Replay C*',
      fields: 'id,name',
      result: [{ id: '$sub', name: 'Replay Co' }],
    },
    { what: 'getSubaccounts by id', method: 'GET', path: '/platform/subaccounts/$sub', has: ['id', 'name', 'cid'], result: [{ id: '$sub' }] },
    {
      what: 'getSubaccounts by expression',
      method: 'GET',
      path: '/platform/subaccounts/{name=="Replay*" && cid==1000}',
      fields: 'id',
      result: [{ id: '$sub' }, { id: '$two' }],
    },
    {
      what: 'putSubaccounts',
      method: 'PUT',
      path: '/platform/subaccounts/$sub',
      fields: 'id,name,metadata',
      body: { name: 'Replay Co (renamed)', metadata: { k: 1 } },
      result: [{ id: '$sub', name: 'Replay Co (renamed)', metadata: { k: 1 } }],
    },
    { what: 'getCustomer acting as it', cid: '$sub', method: 'GET', path: '/platform/customer', fields: 'id,name', result: [{ id: '$sub' }] },
    {
      what: 'getSubaccountsLogs',
      method: 'GET',
      path: '/platform/subaccounts/$sub/logs',
      data: { fields: 'event,item_id' },
      result: [
        { event: 'created', item_id: '$sub' },
        { event: 'updated', item_id: '$sub' },
      ],
    },
    { what: 'putSubaccounts, unknown field', method: 'PUT', path: '/platform/subaccounts/$sub', body: { colour: 'red' }, status: 400, reason: /colour/ },
    { what: 'deleteSubaccounts', method: 'DELETE', path: '/platform/subaccounts/$sub,$two', result: [{ id: '$sub' }, { id: '$two' }] },
    { what: 'getSubaccounts, gone', method: 'GET', path: '/platform/subaccounts/name=Replay*', fields: 'id', count: 0 },
  ],
};

const ACL = [{ uri: 'gw/devices', methods: ['GET'], ids: [301] }];

export const TOKENS: Flow = {
  name: 'tokens',
  steps: [
    {
      what: 'postTokens standard',
      method: 'POST',
      path: '/platform/tokens',
      fields: 'id,info,access',
      body: [{ info: 'replay standard', ttl: 3600, access: { type: 0 } }],
      result: [{ info: 'replay standard', access: { type: 0 } }],
      keep: { std: 'id' },
    },
    {
      what: 'postTokens master, as a subaccount',
      cid: NORTHWIND,
      method: 'POST',
      path: '/platform/tokens',
      fields: 'id,key,cid,access',
      body: [{ info: 'replay master', ttl: 3600, access: { type: 1 } }],
      result: [{ cid: NORTHWIND, access: { type: 1 } }],
      keep: { master: 'id', masterKey: 'key' },
    },
    {
      what: 'postTokens ACL, as a subaccount',
      cid: NORTHWIND,
      method: 'POST',
      path: '/platform/tokens',
      fields: 'id,key,access',
      body: [{ info: 'replay acl', expire: 4_102_444_800, access: { type: 2, acl: ACL } }],
      result: [{ access: { type: 2, acl: ACL } }],
      keep: { acl: 'id', aclKey: 'key' },
    },
    { what: 'the master token reads its customer', as: '$masterKey', method: 'GET', path: '/platform/customer', fields: 'id', result: [{ id: NORTHWIND }] },
    { what: 'the ACL token reads its device', as: '$aclKey', method: 'GET', path: '/gw/devices/all', fields: 'id', result: [{ id: 301 }] },
    { what: 'getTokens by info', cid: NORTHWIND, method: 'GET', path: '/platform/tokens/info=replay*', fields: 'id,info', count: 2 },
    { what: 'getTokens by ids', method: 'GET', path: '/platform/tokens/$std', has: ['id', 'info', 'enabled', 'expire', 'ttl', 'access', 'cid'] },
    {
      what: 'putTokens',
      method: 'PUT',
      path: '/platform/tokens/$std',
      fields: 'id,info,enabled',
      body: { info: 'replay standard (off)', enabled: false },
      result: [{ id: '$std', info: 'replay standard (off)', enabled: false }],
    },
    {
      what: 'getTokensLogs',
      method: 'GET',
      path: '/platform/tokens/$std/logs',
      data: { ...NEWEST, fields: 'event,item_id' },
      result: [{ event: 'updated', item_id: '$std' }],
    },
    { what: 'putTokens, bad access type', method: 'PUT', path: '/platform/tokens/$std', body: { access: { type: 7 } }, status: 400, reason: /access\.type/ },
    { what: 'deleteTokens of the subaccount', cid: NORTHWIND, method: 'DELETE', path: '/platform/tokens/$master,$acl', count: 2 },
    { what: 'the deleted key is refused', as: '$aclKey', method: 'GET', path: '/gw/devices/all', status: 401 },
    { what: 'deleteTokens', method: 'DELETE', path: '/platform/tokens/$std', result: [{ id: '$std' }] },
  ],
};
