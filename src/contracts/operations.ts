/**
 * Every operation of the dialect, declared once: method, path (as the mock's route table spells it),
 * query, body and the element of `result`. `openapi.ts` builds the OpenAPI document from this table;
 * `mocks/handlers/openapi.test.ts` checks it against the route table both ways, so an endpoint missing
 * here fails a test.
 */
import { z } from 'zod';
import { CONTAINER_TYPES, INSTANCE_TYPES } from '../domain/types';
import { ENDPOINTS } from './endpoints';
import * as a from './answers';
import { ACCESS_OPERATIONS } from './accessOperations';
import { collection, members } from './collectionOperations';
import { BIN_OPERATIONS } from './recycleBin';
import { LIMIT_OPERATIONS } from './limitOperations';
import { fieldsQuery, listed } from './operation';
import type { Operation } from './operation';
import { confirmQuery, listQuery, logsQuery, messagesQuery } from './queries';
import * as s from './schemas';

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
  ...ACCESS_OPERATIONS,
  ...BIN_OPERATIONS,
  ...LIMIT_OPERATIONS,
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
  { method: 'GET', path: ENDPOINTS.mockKept, tag: mock, summary: 'Worlds kept aside instead of overwritten (root master token)', result: a.keptAnswer },
  {
    method: 'GET',
    path: ENDPOINTS.mockKeptEntry,
    tag: mock,
    summary: 'One kept world, as a file Import accepts (root master token)',
    result: a.keptValueAnswer,
  },
  { method: 'DELETE', path: ENDPOINTS.mockKeptEntry, tag: mock, summary: 'Delete a kept world (root master token)', result: a.keptDeletedAnswer },
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
