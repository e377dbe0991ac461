/**
 * Every operation of the dialect, declared once: method, path (as the mock's route table spells it),
 * query, body and the element of `result`. `openapi.ts` builds the OpenAPI document from this table;
 * `mocks/handlers/openapi.test.ts` checks it against the route table both ways, so an endpoint missing
 * here fails a test.
 */
import { z } from 'zod';
import { CONTAINER_TYPES, INSTANCE_TYPES } from '../domain/types';
import { ENDPOINTS, collectionPatterns, membersPattern } from './endpoints';
import type { CollectionType } from './endpoints';
import * as a from './answers';
import { accessQuery, confirmQuery, listQuery, lockoutQuery, logsQuery, messagesQuery, whyQuery } from './queries';
import * as s from './schemas';

export const OPERATION_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type OperationMethod = (typeof OPERATION_METHODS)[number];

export interface Operation {
  method: OperationMethod;
  /** `/gw/devices/:sel`: the route's path without MSW's leading `*`. */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** One element of `result`. */
  result?: z.ZodType;
  /** The whole answer, when it is not a `{result}` envelope. */
  whole?: z.ZodType;
  /** Changes a stored record: `If-Match` applies. */
  write?: true;
  /** Answered without a token. */
  open?: true;
}

type Obj = z.ZodObject;
/** `fields=` picks fields, so in a list answer every field may be absent. */
const listed = (item: Obj) => item.partial();

/** flespi's `fields` applies to every answer, writes included. */
const fieldsQuery = listQuery.pick({ fields: true });

function collection(type: CollectionType, create: z.ZodType, update: z.ZodType, item: Obj): Operation[] {
  const writeQuery = confirmQuery.extend(fieldsQuery.shape);
  const tag = type;
  const { base, records, logs } = collectionPatterns(type);
  return [
    { method: 'GET', path: logs, tag, summary: `Log records of the selected ${tag}`, query: logsQuery, result: listed(a.logAnswer) },
    { method: 'GET', path: records, tag, summary: `The selected ${tag}`, query: listQuery, result: listed(item) },
    {
      method: 'POST',
      path: base,
      tag,
      summary: `Create ${tag}`,
      query: fieldsQuery,
      body: z.array(create).min(1).max(1000),
      result: listed(item),
      write: true,
    },
    { method: 'PUT', path: records, tag, summary: `Change the selected ${tag}`, query: writeQuery, body: update, result: listed(item), write: true },
    {
      method: 'PATCH',
      path: records,
      tag,
      summary: `Change fields of the selected ${tag}`,
      query: writeQuery,
      body: update,
      result: listed(item),
      write: true,
    },
    { method: 'DELETE', path: records, tag, summary: `Delete the selected ${tag}`, query: writeQuery, result: listed(a.idAnswer), write: true },
  ];
}

const members = (type: (typeof CONTAINER_TYPES)[number]): Operation[] => {
  const path = membersPattern(type);
  const tag = type;
  return [
    { method: 'GET', path, tag, summary: `Member devices of the selected ${type}`, query: listQuery, result: listed(a.instanceAnswer) },
    { method: 'POST', path, tag, summary: `Add devices to the selected ${type}`, query: fieldsQuery, result: listed(a.idAnswer), write: true },
    { method: 'DELETE', path, tag, summary: `Remove devices from the selected ${type}`, query: fieldsQuery, result: listed(a.idAnswer), write: true },
    // flespi assigns devices to calcs, streams and plugins with PUT too, and plugins take PATCH (no per-link data here: the body is empty or {}).
    ...(type === 'groups'
      ? []
      : (['PUT', ...(type === 'plugins' ? (['PATCH'] as const) : [])] as const).map((method): Operation => ({
          method,
          path,
          tag,
          summary: `Assign devices to the selected ${type} (${method})`,
          query: fieldsQuery,
          body: memberLinkBody,
          result: listed(a.idAnswer),
          write: true,
        }))),
  ];
};
const memberLinkBody = z.strictObject({});

const access = 'access (ours)';
const mock = 'mock (ours)';

export const OPERATIONS: readonly Operation[] = [
  { method: 'GET', path: ENDPOINTS.authInfo, tag: 'auth', summary: 'The calling token (without its key)', result: a.tokenAnswer.omit({ key: true }) },
  { method: 'GET', path: ENDPOINTS.customer, tag: 'customer', summary: 'The acting account', query: fieldsQuery, result: listed(a.accountAnswer) },
  {
    method: 'PUT',
    path: ENDPOINTS.customer,
    tag: 'customer',
    summary: 'Change the acting account',
    query: confirmQuery.extend(fieldsQuery.shape),
    body: s.accountUpdate,
    result: listed(a.accountAnswer),
    write: true,
  },
  { method: 'GET', path: ENDPOINTS.customerLogs, tag: 'customer', summary: "The acting account's log", query: logsQuery, result: listed(a.logAnswer) },
  {
    method: 'POST',
    path: ENDPOINTS.accessPreview,
    tag: access,
    summary: 'What a draft grant or assignment would change',
    body: s.accessPreview,
    result: a.accessDiffAnswer,
  },
  {
    method: 'GET',
    path: ENDPOINTS.accessLockout,
    tag: access,
    summary: 'Would this change lock someone out?',
    query: lockoutQuery,
    result: a.lockoutRiskAnswer,
  },
  { method: 'GET', path: ENDPOINTS.accessHygiene, tag: access, summary: 'Grants and assignments that give nothing', result: a.hygieneFindingAnswer },
  { method: 'GET', path: ENDPOINTS.accessAccounts, tag: access, summary: 'Accounts the token may act as', result: a.actableAccountAnswer },
  { method: 'GET', path: ENDPOINTS.accessCreate, tag: access, summary: 'Accounts where the principal may create this type', result: z.number().int().min(1) },
  { method: 'GET', path: ENDPOINTS.accessWhy, tag: access, summary: 'Why a subject may (not) act on an item', query: whyQuery, result: a.whyAnswer },
  { method: 'GET', path: ENDPOINTS.accessWho, tag: access, summary: 'Who has access to an item', result: a.whoAnswer },
  {
    method: 'GET',
    path: ENDPOINTS.accessMine,
    tag: access,
    summary: 'What the calling token may do, what its account receives and by whom, where it cannot act',
    result: a.myAccessAnswer,
  },
  { method: 'GET', path: ENDPOINTS.accessTokenKinds, tag: access, summary: 'Token kinds the principal may create, per account', result: a.tokenKindsAnswer },
  {
    method: 'GET',
    path: ENDPOINTS.accessEntries,
    tag: access,
    summary: 'Effective access of a subject to the records of a type',
    query: accessQuery,
    result: listed(a.accessEntryAnswer),
  },
  {
    method: 'GET',
    path: ENDPOINTS.grantees,
    tag: 'grants',
    summary: 'Grantees of the selected grants',
    query: fieldsQuery,
    result: listed(a.namedAccountAnswer),
  },
  { method: 'POST', path: ENDPOINTS.grantees, tag: 'grants', summary: 'Link grantees', query: fieldsQuery, result: listed(a.idAnswer), write: true },
  { method: 'DELETE', path: ENDPOINTS.grantees, tag: 'grants', summary: 'Unlink grantees', query: fieldsQuery, result: listed(a.idAnswer), write: true },
  {
    method: 'GET',
    path: ENDPOINTS.grantors,
    tag: 'grants',
    summary: 'Grants the acting account receives',
    query: listQuery,
    result: listed(a.receivedGrantAnswer),
  },
  {
    method: 'DELETE',
    path: ENDPOINTS.grantors,
    tag: 'grants',
    summary: 'Leave grants the acting account receives',
    query: fieldsQuery,
    result: listed(a.idAnswer),
    write: true,
  },
  { method: 'GET', path: ENDPOINTS.deviceMessages, tag: 'devices', summary: 'Messages of the selected devices', query: messagesQuery, result: a.messageAnswer },
  {
    method: 'GET',
    path: ENDPOINTS.deviceTelemetry,
    tag: 'devices',
    summary: 'Latest telemetry of the selected devices',
    query: fieldsQuery,
    result: listed(a.telemetryAnswer),
  },
  { method: 'POST', path: ENDPOINTS.mockReset, tag: mock, summary: 'Reset the demo world (root master token)', result: a.resetAnswer },
  { method: 'GET', path: ENDPOINTS.mockExport, tag: mock, summary: 'The whole stored world (root master token)', result: a.worldAnswer },
  {
    method: 'POST',
    path: ENDPOINTS.mockImport,
    tag: mock,
    summary: 'Replace the world with an export (root master token)',
    body: a.worldAnswer,
    result: a.importAnswer,
  },
  ...collection('subaccounts', s.accountCreate, s.accountUpdate, a.accountAnswer),
  ...collection('tokens', s.tokenCreate, s.tokenUpdate, a.tokenAnswer),
  ...collection('grants', s.grantCreate, s.grantUpdate, a.grantAnswer),
  ...collection('roles', s.roleCreate, s.roleUpdate, a.roleAnswer),
  ...collection('role-assignments', s.roleAssignmentCreate, s.roleAssignmentUpdate, a.roleAssignmentAnswer),
  {
    method: 'POST',
    path: ENDPOINTS.commands,
    tag: 'devices',
    summary: 'Send commands to the selected devices',
    body: z.union([s.commandCreate, z.array(s.commandCreate)]),
    result: a.commandAnswer,
  },
  ...CONTAINER_TYPES.flatMap(members),
  ...INSTANCE_TYPES.flatMap((t) => collection(t, s.INSTANCE_CREATE[t], s.INSTANCE_UPDATE[t], a.instanceAnswer)),
  {
    method: 'GET',
    path: ENDPOINTS.openapi,
    tag: 'meta',
    summary: 'This document (OpenAPI 3.1)',
    whole: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
    open: true,
  },
];

/** `GET /gw/devices/:sel` → `GET /gw/devices/{sel}`. */
export const operationKey = (method: string, path: string): string => `${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')}`;
