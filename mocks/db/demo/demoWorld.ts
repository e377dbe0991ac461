/**
 * The demo world of ../shared/spec/demo-world.md, built by code and deterministic for a given `now`.
 * Ids are stable: accounts 1000+, devices 100+/300+, grants and assignments 1+.
 */
import { BUILTIN_ROLES } from '../../../src/permissions';
import type { Account, AclEntry, Instance, InstanceType, Token, World } from '../../../src/domain/types';
import type { Limit } from '../../../src/domain/limits';
import { flespiFieldsOf } from '../instanceFields';
import { PERSONAS } from './personas';
import type { Persona } from './personas';

const DAY = 86_400;

export const DEMO_ACCOUNTS: readonly Account[] = [
  { id: 1000, name: 'Acme Telematics', owner_id: 0, blocked: false },
  { id: 1001, name: 'Fleet App', owner_id: 1000, blocked: false },
  { id: 1002, name: 'Cold Chain App', owner_id: 1000, blocked: false },
  { id: 1003, name: 'Clients', owner_id: 1000, blocked: false },
  { id: 1004, name: 'Northwind Logistics', owner_id: 1003, blocked: false },
  { id: 1005, name: 'Contoso Foods', owner_id: 1003, blocked: false, limit_id: 2 },
  { id: 1006, name: 'Support', owner_id: 1000, blocked: false, limit_id: 1 },
  { id: 1007, name: 'Dana (supporter)', owner_id: 1006, blocked: false },
  { id: 1008, name: 'Cold Chain Lab', owner_id: 1002, blocked: false },
];

/** Issue 18: Support may hold no instances (at its device limit: 0 of 0); Contoso Foods a client's share. */
const DEMO_LIMITS: readonly Limit[] = [
  { id: 1, cid: 1000, name: 'Support desk', devices: 0, channels: 0, streams: 0, calcs: 0, plugins: 0, groups: 0, tokens: -1, subaccounts: 2 },
  { id: 2, cid: 1003, name: 'Client standard', devices: 20, channels: 2, streams: -1, calcs: -1, plugins: -1, groups: 5, tokens: -1, subaccounts: -1 },
];

const inst = (type: InstanceType, id: number, cid: number, name: string, devices?: number[]): Instance =>
  devices ? { id, cid, type, name, ...flespiFieldsOf(type, id), devices } : { id, cid, type, name, ...flespiFieldsOf(type, id) };

function instances(): World['instances'] {
  return {
    devices: [
      inst('devices', 100, 1000, 'Acme demo unit 1'),
      inst('devices', 101, 1000, 'Acme demo unit 2'),
      inst('devices', 301, 1004, 'NW Truck 1'),
      inst('devices', 302, 1004, 'NW Truck 2'),
      inst('devices', 303, 1004, 'NW Truck 3'),
      inst('devices', 311, 1005, 'Reefer 11'),
      inst('devices', 312, 1005, 'Reefer 12'),
      inst('devices', 313, 1005, 'Reefer 13'),
      inst('devices', 321, 1008, 'Lab sensor'),
    ],
    channels: [inst('channels', 1, 1000, 'Main Teltonika'), inst('channels', 2, 1005, 'Contoso MQTT')],
    streams: [inst('streams', 1, 1001, 'To ERP', [301]), inst('streams', 2, 1002, 'To data lake', [311])],
    calcs: [
      inst('calcs', 1, 1001, 'Trips', [301, 302]),
      inst('calcs', 2, 1001, 'Fuel usage', [301, 311]),
      inst('calcs', 3, 1002, 'Temperature excursions', [311, 312]),
    ],
    plugins: [inst('plugins', 1, 1001, 'Geo enrich', [301])],
    groups: [inst('groups', 1, 1004, 'Northwind trucks', [301, 302, 303])],
  };
}

const ACL: Partial<Record<Persona['id'], AclEntry[]>> = {
  'toolbox-link': [{ uri: 'gw/devices', methods: ['GET'], ids: [301, 302] }],
  'trackit-link': [
    {
      uri: 'gw/devices',
      methods: ['GET'],
      ids: 'all',
      submodules: [
        { name: 'messages', methods: ['GET'] },
        { name: 'telemetry', methods: ['GET'] },
      ],
    },
  ],
};

function tokens(now: number): Token[] {
  const cidOf = (name: string) => DEMO_ACCOUNTS.find((a) => a.name === name)?.id ?? 1000;
  const base = (id: number, cid: number, info: string): Token => ({
    id,
    cid,
    key: '',
    info,
    enabled: true,
    expire: now + 365 * DAY,
    ttl: 0,
    created: now - 90 * DAY,
    accessed: now - DAY,
    ips: '',
    access: { type: 0, acl: [] },
  });
  const personaTokens = PERSONAS.map((p, i): Token => ({
    ...base(i + 1, cidOf(p.accountName), p.label),
    key: p.key,
    expire: p.refused === 'expired' ? now - 30 * DAY : now + 365 * DAY,
    access: { type: p.kind === 'master' ? 1 : p.kind === 'acl' ? 2 : 0, acl: ACL[p.id] ?? [] },
  }));
  const extra: Token[] = [
    {
      ...base(7, 1001, 'Fleet App integration'),
      key: 'FLEETAPPxINTEGRATIONxKEYx000000000000000000000000000000000000007',
      ttl: 7 * DAY,
      expire: 0,
      access: { type: 1, acl: [] },
    },
    {
      ...base(8, 1005, 'Contoso admin'),
      key: 'CONTOSOxADMINxKEYx0000000000000000000000000000000000000000000008',
      expire: now + 3 * DAY,
      access: { type: 1, acl: [] },
    },
    {
      ...base(9, 1003, 'Clients admin (disabled)'),
      key: 'CLIENTSxADMINxDISABLEDxKEYx0000000000000000000000000000000000009',
      enabled: false,
      access: { type: 1, acl: [] },
    },
  ];
  return [...personaTokens, ...extra];
}

export function buildDemoWorld(now: number): World {
  return {
    accounts: DEMO_ACCOUNTS.map((a) => ({ ...a })),
    limits: DEMO_LIMITS.map((l) => ({ ...l })),
    instances: instances(),
    tokens: tokens(now),
    grants: [
      {
        id: 1,
        cid: 1000,
        name: 'Main Teltonika for Northwind',
        items: [{ type: 'channels', ids: [1], access: ['read'] }],
        subaccounts: [1004],
        expire: 0,
        enabled: true,
      },
      {
        id: 2,
        cid: 1005,
        name: 'Reefer 12 support for Dana',
        items: [{ type: 'devices', ids: [312], access: ['read', 'edit'] }],
        subaccounts: [1007],
        expire: now + 5 * DAY,
        enabled: true,
      },
      {
        id: 3,
        cid: 1001,
        name: 'Fleet app calcs for Northwind',
        items: [{ type: 'calcs', ids: 'all', access: ['read'] }],
        subaccounts: [1004],
        expire: 0,
        enabled: true,
      },
      {
        id: 4,
        cid: 1002,
        name: 'Cold Chain Lab for Contoso',
        items: [{ type: 'subaccounts', ids: [1008], access: ['read', 'create-devices'] }],
        subaccounts: [1005],
        expire: 0,
        enabled: true,
      },
      {
        id: 5,
        cid: 1003,
        name: 'Support operates Northwind',
        items: [{ type: 'subaccounts', ids: [1004], access: ['operate-as'] }],
        subaccounts: [1006],
        expire: 0,
        enabled: true,
      },
    ],
    roles: BUILTIN_ROLES.map((r) => ({ ...r, permissions: [...r.permissions] })),
    roleAssignments: [
      { id: 1, cid: 1000, role_id: 3, subject_cid: 1007, scope: '/accounts/1004', expire: now + 30 * DAY },
      { id: 2, cid: 1000, role_id: 2, subject_cid: 1007, scope: '/accounts/1005', expire: now - DAY },
      { id: 3, cid: 1004, role_id: 5, subject_cid: 1006, scope: '/accounts/1004/groups/1', expire: now + 6 * DAY },
      { id: 4, cid: 1005, role_id: 4, subject_cid: 1001, scope: '/accounts/1005/devices/313', expire: 0 },
    ],
  };
}
