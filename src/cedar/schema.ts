/** The Cedar schema (JSON form) of the exported model: fixed, whatever the world. */
import { NAMESPACE, ENTITY_OF } from './names';
import type { EntityTypeName } from './names';
import type { InstanceType } from '../domain/types';
import { ACTION_GROUPS, ALL_ACTIONS, INSTANCE_PERMISSIONS, ROLE_PERMISSIONS, actionGroups, actionId } from './vocabulary';

const typeOf = (permission: string): InstanceType => permission.slice(0, permission.indexOf(':')) as InstanceType;

type SchemaType =
  | { type: 'String' | 'Long' | 'Boolean' }
  | { type: 'Entity'; name: string }
  | { type: 'Set'; element: SchemaType }
  | { type: 'Record'; attributes: Record<string, SchemaType & { required?: boolean }> }
  | { type: string };

export interface CedarSchemaJson {
  [namespace: string]: {
    commonTypes: Record<string, SchemaType>;
    entityTypes: Record<string, { memberOfTypes?: string[]; shape?: SchemaType }>;
    actions: Record<string, { memberOf?: Array<{ id: string }>; appliesTo?: { principalTypes: string[]; resourceTypes: string[]; context: SchemaType } }>;
  };
}

const STRING = { type: 'String' } as const;
const LONG = { type: 'Long' } as const;
const BOOL = { type: 'Boolean' } as const;
const entity = (name: EntityTypeName): SchemaType => ({ type: 'Entity', name });
const setOf = (element: SchemaType): SchemaType => ({ type: 'Set', element });
const record = (attributes: Record<string, SchemaType & { required?: boolean }>): SchemaType => ({ type: 'Record', attributes });
const optional = (t: SchemaType): SchemaType & { required: boolean } => ({ ...t, required: false });

const COMMON_TYPES: Record<string, SchemaType> = {
  /** A grant item listing this instance: its grantee, its grantor (must own the instance) and one level. */
  InstanceShare: record({ grantee: entity('Account'), grantor: entity('Account'), level: STRING }),
  /** A grant item `ids: "all"` of one type (`uri` gw/<type>) of this account. */
  TypeShare: record({ grantee: entity('Account'), uri: STRING, level: STRING }),
  /** A whole-subaccount grant item naming this account. */
  AccountShare: record({ grantee: entity('Account'), level: STRING }),
  /** One call an ACL entry allows on every id: method and submodule (`-` the item, `*` any submodule). */
  AclCall: record({ uri: STRING, method: STRING, sub: STRING }),
  AclIdCall: record({ uri: STRING, id: LONG, method: STRING, sub: STRING }),
  RequestContext: record({ acting: entity('Account'), now: LONG, method: STRING, submodule: STRING }),
};

const INSTANCE_SHAPE = record({ id: LONG, uri: STRING, owner: entity('Account'), sharedWith: setOf({ type: 'InstanceShare' }) });

const ENTITY_TYPES: CedarSchemaJson[string]['entityTypes'] = {
  Account: {
    memberOfTypes: ['Account', 'Flag'],
    shape: record({
      depth: LONG,
      parent: optional(entity('Account')),
      operateAs: setOf(entity('Account')),
      // Per role permission held: the scopes (accounts, instances of that type, groups for devices).
      roleAccounts: record(Object.fromEntries(ROLE_PERMISSIONS.map((p) => [p, optional(setOf(entity('Account')))]))),
      roleInstances: record(Object.fromEntries(INSTANCE_PERMISSIONS.map((p) => [p, optional(setOf(entity(ENTITY_OF[typeOf(p)])))]))),
      roleGroups: record(Object.fromEntries(INSTANCE_PERMISSIONS.filter((p) => typeOf(p) === 'devices').map((p) => [p, optional(setOf(entity('Group')))]))),
      sharedAllWith: setOf({ type: 'TypeShare' }),
      sharedAccountWith: setOf({ type: 'AccountShare' }),
    }),
  },
  Device: { memberOfTypes: ['Account', 'Group'], shape: INSTANCE_SHAPE },
  ...Object.fromEntries((['Channel', 'Stream', 'Calc', 'Plugin', 'Group'] as const).map((t) => [t, { memberOfTypes: ['Account'], shape: INSTANCE_SHAPE }])),
  Token: {
    memberOfTypes: ['Account'],
    shape: record({
      account: entity('Account'),
      kind: STRING,
      enabled: BOOL,
      expire: LONG,
      ttl: LONG,
      accessed: LONG,
      created: LONG,
      aclAll: setOf({ type: 'AclCall' }),
      aclIds: setOf({ type: 'AclIdCall' }),
      aclPost: setOf(STRING),
    }),
  },
  Grant: { memberOfTypes: ['Account'], shape: record({ owner: entity('Account'), grantees: setOf(entity('Account')) }) },
  Role: { memberOfTypes: ['Account'], shape: record({ owner: entity('Account'), builtin: BOOL, subjects: setOf(entity('Account')) }) },
  RoleAssignment: { memberOfTypes: ['Account'], shape: record({ owner: entity('Account'), subject: entity('Account') }) },
  Flag: {},
  Snapshot: { shape: record({ asOf: LONG, validUntil: LONG }) },
};

function actions(): CedarSchemaJson[string]['actions'] {
  const out: CedarSchemaJson[string]['actions'] = Object.fromEntries(ACTION_GROUPS.map((g) => [g, {}]));
  for (const { type, action } of ALL_ACTIONS) {
    out[actionId(type, action)] = {
      memberOf: actionGroups(type, action).map((id) => ({ id })),
      appliesTo: { principalTypes: ['Token'], resourceTypes: [action === 'create' ? 'Account' : ENTITY_OF[type]], context: { type: 'RequestContext' } },
    };
  }
  return out;
}

export function cedarSchema(): CedarSchemaJson {
  return { [NAMESPACE]: { commonTypes: COMMON_TYPES, entityTypes: ENTITY_TYPES, actions: actions() } };
}
