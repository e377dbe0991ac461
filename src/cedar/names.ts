/** Entity type names and uids of the exported model (one Cedar namespace, `Panel`). */
import type { CedarRecordType } from './vocabulary';
import type { CedarUid, CedarValue } from './cedarTypes';

export const NAMESPACE = 'Panel';

export type EntityTypeName =
  | 'Account'
  | 'Device'
  | 'Channel'
  | 'Stream'
  | 'Calc'
  | 'Plugin'
  | 'Group'
  | 'Token'
  | 'Grant'
  | 'Role'
  | 'RoleAssignment'
  /** `in-tree` (parent of every root account) and `blocked` (parent of every blocked account). */
  | 'Flag'
  /** `world`: when the exported entities were taken and until when they hold. */
  | 'Snapshot';

/** The entity type of each record type; subaccounts are accounts. */
export const ENTITY_OF: Readonly<Record<CedarRecordType, EntityTypeName>> = {
  subaccounts: 'Account',
  tokens: 'Token',
  grants: 'Grant',
  roles: 'Role',
  'role-assignments': 'RoleAssignment',
  devices: 'Device',
  channels: 'Channel',
  streams: 'Stream',
  calcs: 'Calc',
  plugins: 'Plugin',
  groups: 'Group',
};

export const uid = (type: EntityTypeName | 'Action', id: string | number): CedarUid => ({ type: `${NAMESPACE}::${type}`, id: String(id) });
export const ref = (u: CedarUid): { __entity: CedarUid } => ({ __entity: u });
export const refTo = (type: EntityTypeName, id: string | number): CedarValue => ref(uid(type, id));
export const uidKey = (u: CedarUid): string => `${u.type}::"${u.id}"`;

export const IN_TREE = uid('Flag', 'in-tree');
export const BLOCKED = uid('Flag', 'blocked');
export const SNAPSHOT = uid('Snapshot', 'world');
