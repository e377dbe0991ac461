/**
 * The domain of the access panel, as the REST dialect carries it (../shared/spec/rest-dialect.md).
 * Pure types and constants: imported by the permission module, the mock backend and the UI alike.
 */
import type { BinEntry } from './recycleBin';
import type { Limit } from './limits';

export const INSTANCE_TYPES = ['devices', 'channels', 'streams', 'calcs', 'plugins', 'groups'] as const;
export type InstanceType = (typeof INSTANCE_TYPES)[number];

/** Instance types that hold member devices (groups: members; calcs/streams/plugins: assigned devices). */
export const CONTAINER_TYPES = ['groups', 'calcs', 'streams', 'plugins'] as const;
export type ContainerType = (typeof CONTAINER_TYPES)[number];

export const PLATFORM_TYPES = ['subaccounts', 'tokens', 'grants', 'roles'] as const;

export const ITEM_TYPES = [...PLATFORM_TYPES, ...INSTANCE_TYPES] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const ACTIONS = ['read', 'create', 'update', 'delete', 'logs', 'command', 'assign'] as const;
export type Action = (typeof ACTIONS)[number];

/** `TYPE:ACTION`, e.g. `devices:command`, `roles:assign`. */
export type Permission = `${ItemType}:${Action}`;

export type Cid = number;
/** Unix time in seconds. */
export type UnixTime = number;

export interface Account {
  id: Cid;
  name: string;
  /** Parent account; 0 for the root. */
  owner_id: Cid;
  blocked: boolean;
  metadata?: Record<string, unknown>;
  limit_id?: number; // the limit its parent assigned to it (issue 18; absent: none)
}

export interface Instance {
  /** Unique within its type. */
  id: number;
  /** Owner account. */
  cid: Cid;
  type: InstanceType;
  name: string;
  /** Member (groups) or assigned (calcs, streams, plugins) device ids; absent on devices and channels. */
  devices?: number[];
  /** The type's configuration as flespi keeps it (a device's `ident`, a channel's or stream's settings…). */
  configuration?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  // flespi's own fields, by type (src/contracts/instanceSchemas.ts says which type has which):
  device_type_id?: number;
  protocol_id?: number;
  type_id?: number;
  enabled?: boolean;
  messages_ttl?: number;
  commands_ttl?: number;
  queue_ttl?: number;
  validate_message?: string;
  selectors?: Record<string, unknown>[];
  counters?: Record<string, unknown>[];
  messages_source?: Record<string, unknown>;
  intervals_ttl?: number;
  intervals_rotate?: number;
  update_delay?: number;
  validate_interval?: string;
  timezone?: string;
}

export const TOKEN_KINDS = { standard: 0, master: 1, acl: 2 } as const;
export type TokenKind = (typeof TOKEN_KINDS)[keyof typeof TOKEN_KINDS];

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** An ACL entry's `uri` names an instance type (`gw/devices`); the mapping, both ways: `aclUris.ts`. */
export type AclUri = `gw/${InstanceType}`;

export const SUBMODULES = ['logs', 'messages', 'telemetry', 'settings', 'commands', 'devices'] as const;
export type Submodule = (typeof SUBMODULES)[number];

export interface AclSubmodule {
  name: Submodule;
  methods: HttpMethod[];
}

export interface AclEntry {
  uri: AclUri;
  methods: HttpMethod[];
  ids: 'all' | number[];
  submodules?: AclSubmodule[];
}

export interface Token {
  id: number;
  cid: Cid;
  key: string;
  info: string;
  enabled: boolean;
  /** Unix time after which the token is invalid; 0 = not set. */
  expire: UnixTime;
  /** Seconds since last use after which the token lapses; 0 = not set. */
  ttl: number;
  created: UnixTime;
  accessed: UnixTime;
  ips: string;
  metadata?: Record<string, unknown>;
  access: { type: TokenKind; acl: AclEntry[] };
}

export const INSTANCE_GRANT_LEVELS = ['read', 'edit', 'delete', 'command'] as const;
export type InstanceGrantLevel = (typeof INSTANCE_GRANT_LEVELS)[number];

export const SUBACCOUNT_GRANT_LEVELS = [
  'read',
  'create-devices',
  'create-channels',
  'create-plugins',
  'create-streams',
  'create-calcs',
  'create-groups',
  'operate-as',
] as const;
export type SubaccountGrantLevel = (typeof SUBACCOUNT_GRANT_LEVELS)[number];
export type GrantLevel = InstanceGrantLevel | SubaccountGrantLevel;

export interface InstanceGrantItem {
  type: InstanceType;
  ids: 'all' | number[];
  access: InstanceGrantLevel[];
}
export interface SubaccountGrantItem {
  type: 'subaccounts';
  ids: number[];
  access: SubaccountGrantLevel[];
}
export type GrantItem = InstanceGrantItem | SubaccountGrantItem;

export interface Grant {
  id: number;
  /** The grantor. */
  cid: Cid;
  name: string;
  items: GrantItem[];
  /** Grantee account ids. */
  subaccounts: Cid[];
  /** 0 = never. */
  expire: UnixTime;
  enabled: boolean;
}

export interface Role {
  id: number;
  /** Owner account (0 for built-ins). */
  cid: Cid;
  name: string;
  description: string;
  builtin: boolean;
  permissions: Permission[];
}

export interface RoleAssignment {
  id: number;
  /** The account that made (owns) the assignment. */
  cid: Cid;
  role_id: number;
  subject_cid: Cid;
  /** `/accounts/{cid}`, `/accounts/{cid}/groups/{id}` or `/accounts/{cid}/{type}/{id}`. */
  scope: string;
  /** 0 = never. */
  expire: UnixTime;
}

export interface LogRecord {
  id: number;
  cid: Cid;
  timestamp: UnixTime;
  event: 'created' | 'updated' | 'deleted' | 'linked' | 'unlinked' | 'command' | string;
  item_type: ItemType | 'role-assignments' | 'customer' | 'limits';
  item_id: number;
  token_id: number;
  actor_cid: Cid;
  changes: Record<string, [unknown, unknown]>;
}

/** Everything the permission module reasons about. */
export interface World {
  accounts: Account[];
  instances: Record<InstanceType, Instance[]>;
  tokens: Token[];
  grants: Grant[];
  roles: Role[];
  roleAssignments: RoleAssignment[];
  limits?: Limit[]; // issue 18; optional: a world stored before limits has none
  deleted?: BinEntry[]; // issue 18, the recycle bin (./recycleBin.ts); optional; gives no access
}

export const isInstanceType = (t: string): t is InstanceType => (INSTANCE_TYPES as readonly string[]).includes(t);
export const isContainerType = (t: string): t is ContainerType => (CONTAINER_TYPES as readonly string[]).includes(t);
