/**
 * The official client's sharing flows (flespi-io-js `platform.*`): grants with their grantee links, as the
 * grantor's master token makes them, and grantors, as the grantee's own master token leaves one.
 */
import type { Flow } from './officialFlowsReplay';

const NORTHWIND = 1004;
const CONTOSO = 1005;

export const GRANTS: Flow = {
  name: 'grants and grantee links',
  steps: [
    {
      what: 'postGrants',
      method: 'POST',
      path: '/platform/grants',
      fields: 'id,name,items,subaccounts',
      body: [{ name: 'Replay grant', items: [{ type: 'devices', ids: [100], access: ['read'] }] }],
      result: [{ name: 'Replay grant', subaccounts: [] }],
      keep: { grant: 'id' },
    },
    {
      what: 'getGrants by name',
      method: 'GET',
      path: '/platform/grants/name=Replay*',
      fields: 'id,name,enabled',
      result: [{ id: '$grant', name: 'Replay grant', enabled: true }],
    },
    { what: 'getGrants by id', method: 'GET', path: '/platform/grants/$grant', has: ['id', 'cid', 'name', 'items', 'subaccounts', 'expire', 'enabled'] },
    {
      what: 'putGrants',
      method: 'PUT',
      path: '/platform/grants/$grant',
      fields: 'id,items',
      body: { items: [{ type: 'devices', ids: [100, 101], access: ['read'] }] },
      result: [{ id: '$grant', items: [{ type: 'devices', ids: [100, 101] }] }],
    },
    {
      what: 'postGrantsSubaccounts',
      method: 'POST',
      path: `/platform/grants/$grant/subaccounts/${NORTHWIND},${CONTOSO}`,
      fields: 'id',
      result: [{ id: NORTHWIND }, { id: CONTOSO }],
    },
    {
      what: 'getGrantsSubaccounts by name',
      method: 'GET',
      path: '/platform/grants/$grant/subaccounts/name=North*',
      fields: 'id',
      result: [{ id: NORTHWIND }],
    },
    {
      what: 'getGrantsSubaccounts',
      method: 'GET',
      path: '/platform/grants/$grant/subaccounts/all',
      fields: 'id,name',
      result: [
        { id: NORTHWIND, name: 'Northwind Logistics' },
        { id: CONTOSO, name: 'Contoso Foods' },
      ],
    },
    { what: 'the grantee reads what it was given', cid: NORTHWIND, method: 'GET', path: '/gw/devices/100,101', fields: 'id', count: 2 },
    { what: 'deleteGrantsSubaccounts', method: 'DELETE', path: `/platform/grants/$grant/subaccounts/${CONTOSO}`, result: [{ id: CONTOSO }] },
    { what: 'getGrantsSubaccounts after', method: 'GET', path: '/platform/grants/$grant/subaccounts/all', fields: 'id', result: [{ id: NORTHWIND }] },
    { what: 'the unlinked account reads nothing of it', cid: CONTOSO, method: 'GET', path: '/gw/devices/100', status: 404 },
    {
      what: 'getGrantsLogs',
      method: 'GET',
      path: '/platform/grants/$grant/logs',
      data: { fields: 'event' },
      result: [{ event: 'created' }, { event: 'updated' }, { event: 'linked' }, { event: 'unlinked' }],
    },
    { what: 'deleteGrants', method: 'DELETE', path: '/platform/grants/$grant', result: [{ id: '$grant' }] },
    { what: 'the grantee lost it', cid: NORTHWIND, method: 'GET', path: '/gw/devices/100', status: 404 },
  ],
};

export const GRANTORS: Flow = {
  name: 'grantors',
  steps: [
    {
      what: "the grantee's own master token",
      cid: NORTHWIND,
      method: 'POST',
      path: '/platform/tokens',
      fields: 'id,key',
      body: [{ info: 'Northwind master', ttl: 3600, access: { type: 1 } }],
      keep: { nw: 'key', nwId: 'id' },
    },
    { what: 'getGrantors', as: '$nw', method: 'GET', path: '/platform/grantors/all', fields: 'id,name', result: [{ id: 1 }, { id: 3 }] },
    { what: 'reads the channel of grant 1', as: '$nw', method: 'GET', path: '/gw/channels/1', fields: 'id,name', result: [{ id: 1, name: 'Main Teltonika' }] },
    { what: 'deleteGrantors (leaves grant 1)', as: '$nw', method: 'DELETE', path: '/platform/grantors/1', result: [{ id: 1 }] },
    { what: 'getGrantors after', as: '$nw', method: 'GET', path: '/platform/grantors/all', fields: 'id', result: [{ id: 3 }] },
    { what: 'the channel is gone for it', as: '$nw', method: 'GET', path: '/gw/channels/1', status: 404 },
    { what: 'the grantor sees it left', method: 'GET', path: '/platform/grants/1/subaccounts/all', fields: 'id', count: 0 },
    { what: 'the grantor cannot leave its own grant', method: 'DELETE', path: '/platform/grantors/1', status: 404, reason: /receives/ },
    { what: 'the grantor links it again', method: 'POST', path: `/platform/grants/1/subaccounts/${NORTHWIND}`, result: [{ id: NORTHWIND }] },
    { what: 'the token is deleted', cid: NORTHWIND, method: 'DELETE', path: '/platform/tokens/$nwId', result: [{ id: '$nwId' }] },
  ],
};
