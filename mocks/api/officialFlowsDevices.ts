/**
 * The official client's device flows beyond the record: memberships (group, stream, plugin and calc devices by
 * POST, PUT and PATCH as flespi has them), then device messages with `data` and telemetry, read by the ACL
 * tokens of the demo world as their integrations would.
 */
import { expect } from 'vitest';
import type { Flow } from './officialFlowsReplay';

const NORTHWIND = 1004;
const CONTOSO = 1005;
const AS_NW = { cid: NORTHWIND } as const;

export const MEMBERSHIPS: Flow = {
  name: 'memberships',
  steps: [
    {
      what: 'post a device',
      ...AS_NW,
      method: 'POST',
      path: '/gw/devices',
      fields: 'id',
      body: [{ name: 'Replay member', device_type_id: 742, configuration: { ident: '352093080000001' } }],
      keep: { dev: 'id' },
    },
    { what: 'postGroupsDevices', ...AS_NW, method: 'POST', path: '/gw/groups/1/devices/$dev', result: [{ id: '$dev' }] },
    { what: 'getGroupsDevices by id', ...AS_NW, method: 'GET', path: '/gw/groups/1/devices/$dev', fields: 'id', result: [{ id: '$dev' }] },
    {
      what: 'getGroupsDevices all',
      ...AS_NW,
      method: 'GET',
      path: '/gw/groups/1/devices/all',
      fields: 'id',
      result: [{ id: 301 }, { id: 302 }, { id: 303 }, { id: '$dev' }],
    },
    { what: 'deleteGroupsDevices', ...AS_NW, method: 'DELETE', path: '/gw/groups/1/devices/$dev', result: [{ id: '$dev' }] },
    {
      what: 'post a stream',
      ...AS_NW,
      method: 'POST',
      path: '/gw/streams',
      fields: 'id',
      body: [{ name: 'Replay stream', protocol_id: 8 }],
      keep: { st: 'id' },
    },
    { what: 'putStreamsDevices', ...AS_NW, method: 'PUT', path: '/gw/streams/$st/devices/$dev', body: {}, result: [{ id: '$dev' }] },
    { what: 'postStreamsDevices', ...AS_NW, method: 'POST', path: '/gw/streams/$st/devices/301', result: [{ id: 301 }] },
    {
      what: 'getStreamsDevices',
      ...AS_NW,
      method: 'GET',
      path: '/gw/streams/$st/devices/all',
      fields: 'id,name',
      result: [{ id: 301 }, { id: '$dev', name: 'Replay member' }],
    },
    { what: 'deleteStreamsDevices all', ...AS_NW, method: 'DELETE', path: '/gw/streams/$st/devices/all' },
    { what: 'getStreamsDevices, none left', ...AS_NW, method: 'GET', path: '/gw/streams/$st/devices/all', fields: 'id', count: 0 },
    {
      what: 'getStreamsLogs',
      ...AS_NW,
      method: 'GET',
      path: '/gw/streams/$st/logs',
      data: { fields: 'event' },
      result: [{ event: 'created' }, { event: 'linked' }, { event: 'linked' }, { event: 'unlinked' }],
    },
    { what: 'post a plugin', ...AS_NW, method: 'POST', path: '/gw/plugins', fields: 'id', body: [{ name: 'Replay plugin', type_id: 3 }], keep: { pl: 'id' } },
    { what: 'patchPluginsDevices', ...AS_NW, method: 'PATCH', path: '/gw/plugins/$pl/devices/$dev', body: {}, result: [{ id: '$dev' }] },
    { what: 'putPluginsDevices', ...AS_NW, method: 'PUT', path: '/gw/plugins/$pl/devices/302', body: {}, result: [{ id: 302 }] },
    { what: 'postPluginsDevices', ...AS_NW, method: 'POST', path: '/gw/plugins/$pl/devices/303', result: [{ id: 303 }] },
    {
      what: 'getPluginsDevices',
      ...AS_NW,
      method: 'GET',
      path: '/gw/plugins/$pl/devices/all',
      fields: 'id',
      result: [{ id: 302 }, { id: 303 }, { id: '$dev' }],
    },
    { what: 'deletePluginsDevices', ...AS_NW, method: 'DELETE', path: '/gw/plugins/$pl/devices/302,303,$dev', count: 3 },
    { what: 'putCalcsDevices on a granted calc (grant 3)', ...AS_NW, method: 'PUT', path: '/gw/calcs/1/devices/$dev', body: {}, result: [{ id: '$dev' }] },
    { what: 'postCalcsDevices', ...AS_NW, method: 'POST', path: '/gw/calcs/1/devices/303', result: [{ id: 303 }] },
    {
      what: 'getCalcsDevices: only its own',
      ...AS_NW,
      method: 'GET',
      path: '/gw/calcs/1/devices/all',
      fields: 'id',
      result: [{ id: 301 }, { id: 302 }, { id: 303 }, { id: '$dev' }],
    },
    { what: 'a device it may not change', ...AS_NW, method: 'PUT', path: '/gw/calcs/1/devices/311', body: {}, status: 404 },
    { what: 'deleteCalcsDevices', ...AS_NW, method: 'DELETE', path: '/gw/calcs/1/devices/303,$dev', count: 2 },
    { what: 'delete the plugin', ...AS_NW, method: 'DELETE', path: '/gw/plugins/$pl', result: [{ id: '$pl' }] },
    { what: 'delete the stream', ...AS_NW, method: 'DELETE', path: '/gw/streams/$st', result: [{ id: '$st' }] },
    { what: 'delete the device', ...AS_NW, method: 'DELETE', path: '/gw/devices/$dev', result: [{ id: '$dev' }] },
  ],
};

/** A past hour, whole: each device sends every 300 s, so 12 messages of each in it. */
const hour = Math.floor(Date.now() / 1000 / 3600) * 3600 - 7200;
const WINDOW = { from: hour, to: hour + 3599 };

export const MESSAGES: Flow = {
  name: 'device messages and telemetry',
  steps: [
    {
      what: 'getDevicesMessages, newest three (TrackIt link)',
      as: 'trackit-link',
      method: 'GET',
      path: '/gw/devices/311/messages',
      data: { count: 3, reverse: true, fields: 'timestamp,device.id,position.latitude' },
      count: 3,
      each: { 'device.id': 311 },
      descending: 'timestamp',
    },
    {
      what: 'getDevicesMessages of two devices in an hour',
      as: 'trackit-link',
      method: 'GET',
      path: '/gw/devices/311,312/messages',
      data: { ...WINDOW, fields: 'device.id' },
      count: 24,
    },
    {
      what: 'getDevicesMessages by name, filtered',
      as: 'trackit-link',
      method: 'GET',
      path: '/gw/devices/name=Reefer*/messages',
      data: { ...WINDOW, filter: 'device.id==313', fields: 'device.id,ident' },
      count: 12,
      each: { 'device.id': 313 },
    },
    {
      what: 'getDevicesMessages, all of the acting account',
      cid: CONTOSO,
      method: 'GET',
      path: '/gw/devices/all/messages',
      data: { ...WINDOW, count: 5, fields: 'timestamp' },
      count: 5,
    },
    { what: 'getDevicesTelemetry all', as: 'trackit-link', method: 'GET', path: '/gw/devices/311/telemetry/all', result: [{ id: 311 }], has: ['telemetry'] },
    {
      what: 'getDevicesTelemetry by names',
      as: 'trackit-link',
      method: 'GET',
      path: '/gw/devices/311/telemetry/position.latitude,battery.*',
      result: [
        { id: 311, telemetry: { 'position.latitude': { value: expect.any(Number) as unknown }, 'battery.voltage': { ts: expect.any(Number) as unknown } } },
      ],
    },
    {
      what: 'the Toolbox link (no submodules) reads its device',
      as: 'toolbox-link',
      method: 'GET',
      path: '/gw/devices/301/messages',
      data: { count: 1 },
      count: 1,
    },
    { what: 'not a device of its ACL', as: 'toolbox-link', method: 'GET', path: '/gw/devices/311/messages', status: 404 },
    { what: 'bad data', as: 'trackit-link', method: 'GET', path: '/gw/devices/311/messages', data: { count: 20_000 }, status: 400, reason: /data\.count/ },
    { what: 'another account reads none', as: 'northwind-ops', method: 'GET', path: '/gw/devices/311/telemetry/all', status: 404 },
  ],
};
