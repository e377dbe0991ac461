/**
 * A small hand-built world after the demo world (demo-world.md), with ids chosen for readable tests.
 *
 *   1 Acme (root) ─┬─ 2 Fleet App        calcs 301 Trips [111,121], 302 Fuel; stream 401 [111]; plugin 501
 *                  ├─ 3 Cold Chain App   calc 303 [122]; stream 402
 *                  │    └─ 9 CC Lab      device 131
 *                  │         └─ 10 CC Deep   device 132
 *                  │              └─ 12 CC Deepest (depth 4)
 *                  ├─ 4 Clients ─┬─ 5 Northwind   devices 111..113, channel 202, group 601 [111,112,113]
 *                  │             ├─ 6 Contoso     devices 121..123, group 602 [121,122,123]
 *                  │             └─ 11 Blocked Co (blocked)
 *                  └─ 7 Support ─── 8 Dana
 *   root: device 101, channel 201 "Main Teltonika"
 */
import type { Account, AclEntry, Grant, Instance, InstanceType, Role, RoleAssignment, Token, World } from '../../domain/types';
import { BUILTIN_ROLES } from '../builtinRoles';

export const NOW = 1_800_000_000;
export const PAST = NOW - 3600;
export const FUTURE = NOW + 86_400;

export const key = (n: number): string => `K${n}`.padEnd(64, 'x');

const acc = (id: number, name: string, owner_id: number, blocked = false): Account => ({ id, name, owner_id, blocked });
const inst = (type: InstanceType, id: number, cid: number, name: string, devices?: number[]): Instance =>
  devices ? { type, id, cid, name, devices } : { type, id, cid, name };

function token(id: number, cid: number, kind: 0 | 1 | 2, extra: Partial<Token> = {}, acl: AclEntry[] = []): Token {
  return {
    id,
    cid,
    key: key(id),
    info: `token ${id}`,
    enabled: true,
    expire: FUTURE,
    ttl: 0,
    created: PAST,
    accessed: PAST,
    ips: '',
    access: { type: kind, acl },
    ...extra,
  };
}

const grant = (id: number, cid: number, items: Grant['items'], subaccounts: number[], extra: Partial<Grant> = {}): Grant => ({
  id,
  cid,
  name: `grant ${id}`,
  items,
  subaccounts,
  expire: 0,
  enabled: true,
  ...extra,
});

const assign = (id: number, cid: number, role_id: number, subject_cid: number, scope: string, expire = 0): RoleAssignment => ({
  id,
  cid,
  role_id,
  subject_cid,
  scope,
  expire,
});

export const LOG_VIEWER: Role = {
  id: 10,
  cid: 4,
  name: 'log viewer',
  description: 'devices read and logs',
  builtin: false,
  permissions: ['devices:read', 'devices:logs'],
};

export const T = {
  rootMaster: 1,
  nwStandard: 2,
  danaStandard: 3,
  toolbox: 4,
  trackit: 5,
  old: 6,
  disabled: 7,
  supportMaster: 8,
  blocked: 9,
  fleetMaster: 10,
  nwAcl: 11,
  contosoMaster: 12,
  coldMaster: 13,
  danaMaster: 14,
  nwMaster: 15,
  ttlOnly: 16,
} as const;

export function fixtureWorld(): World {
  return {
    accounts: [
      acc(1, 'Acme Telematics', 0),
      acc(2, 'Fleet App', 1),
      acc(3, 'Cold Chain App', 1),
      acc(4, 'Clients', 1),
      acc(5, 'Northwind Logistics', 4),
      acc(6, 'Contoso Foods', 4),
      acc(7, 'Support', 1),
      acc(8, 'Dana (supporter)', 7),
      acc(9, 'CC Lab', 3),
      acc(10, 'CC Deep', 9),
      acc(11, 'Blocked Co', 4, true),
      acc(12, 'CC Deepest', 10),
    ],
    instances: {
      devices: [
        inst('devices', 101, 1, 'Root device'),
        inst('devices', 111, 5, 'NW Truck 1'),
        inst('devices', 112, 5, 'NW Truck 2'),
        inst('devices', 113, 5, 'NW Truck 3'),
        inst('devices', 121, 6, 'Reefer 11'),
        inst('devices', 122, 6, 'Reefer 12'),
        inst('devices', 123, 6, 'Reefer 13'),
        inst('devices', 131, 9, 'Lab sensor'),
        inst('devices', 132, 10, 'Deep sensor'),
      ],
      channels: [inst('channels', 201, 1, 'Main Teltonika'), inst('channels', 202, 5, 'NW channel')],
      calcs: [inst('calcs', 301, 2, 'Trips', [111, 121]), inst('calcs', 302, 2, 'Fuel usage', []), inst('calcs', 303, 3, 'Temperature excursions', [122])],
      streams: [inst('streams', 401, 2, 'To ERP', [111]), inst('streams', 402, 3, 'To data lake', [])],
      plugins: [inst('plugins', 501, 2, 'Geo enrich', [])],
      groups: [inst('groups', 601, 5, 'Northwind trucks', [111, 112, 113]), inst('groups', 602, 6, 'Contoso reefers', [121, 122, 123])],
    },
    tokens: [
      token(T.rootMaster, 1, 1),
      token(T.nwStandard, 5, 0),
      token(T.danaStandard, 8, 0),
      token(T.toolbox, 5, 2, {}, [{ uri: 'gw/devices', methods: ['GET'], ids: [111, 112] }]),
      token(T.trackit, 6, 2, {}, [
        {
          uri: 'gw/devices',
          methods: ['GET'],
          ids: 'all',
          submodules: [
            { name: 'messages', methods: ['GET'] },
            { name: 'telemetry', methods: ['GET'] },
          ],
        },
      ]),
      token(T.old, 6, 0, { expire: PAST }),
      token(T.disabled, 6, 1, { enabled: false }),
      token(T.supportMaster, 7, 1),
      token(T.blocked, 11, 1),
      token(T.fleetMaster, 2, 1),
      token(T.nwAcl, 5, 2, {}, [
        { uri: 'gw/devices', methods: ['GET', 'PUT'], ids: [111] },
        { uri: 'gw/groups', methods: ['GET'], ids: 'all', submodules: [{ name: 'devices', methods: ['GET', 'POST'] }] },
      ]),
      token(T.contosoMaster, 6, 1),
      token(T.coldMaster, 3, 1),
      token(T.danaMaster, 8, 1),
      token(T.nwMaster, 5, 1),
      token(T.ttlOnly, 5, 0, { expire: 0, ttl: 600, accessed: NOW - 60 }),
    ],
    grants: [
      grant(1, 1, [{ type: 'channels', ids: [201], access: ['read'] }], [5]),
      grant(2, 6, [{ type: 'devices', ids: [122], access: ['read', 'edit'] }], [8]),
      grant(3, 2, [{ type: 'calcs', ids: 'all', access: ['read'] }], [5]),
      grant(4, 3, [{ type: 'subaccounts', ids: [9], access: ['read', 'create-devices'] }], [6]),
      grant(5, 3, [{ type: 'subaccounts', ids: [9], access: ['operate-as'] }], [7]),
      grant(6, 6, [{ type: 'devices', ids: 'all', access: ['read'] }], [5], { enabled: false }),
      grant(7, 6, [{ type: 'devices', ids: [121], access: ['read'] }], [5], { expire: PAST }),
      grant(8, 5, [{ type: 'groups', ids: [601], access: ['read'] }], [6]),
      grant(9, 8, [{ type: 'devices', ids: [122], access: ['read'] }], [2]),
      grant(10, 2, [{ type: 'plugins', ids: [501], access: ['read', 'edit'] }], [6]),
    ],
    roles: [...BUILTIN_ROLES, LOG_VIEWER],
    roleAssignments: [
      assign(1, 1, 3, 8, '/accounts/5', FUTURE),
      assign(2, 1, 2, 8, '/accounts/6', PAST),
      assign(3, 1, 5, 2, '/accounts/5/groups/601'),
      assign(4, 1, 4, 8, '/accounts/6/devices/123'),
      assign(5, 4, 10, 2, '/accounts/6'),
      assign(6, 1, 1, 7, '/accounts/6'),
    ],
  };
}

export const tokenOf = (world: World, id: number): Token => {
  const t = world.tokens.find((x) => x.id === id);
  if (!t) throw new Error(`no token ${id}`);
  return t;
};
