/** Limits (`/platform/limits`) and moves (`PUT /gw/devices|channels/<sel>/cid`) in the operation table (issue 18). */
import { z } from 'zod';
import { LIMIT_TYPES } from '../domain/limits';
import type { LimitType } from '../domain/limits';
import { cid, id, int, rev } from './answerFields';
import * as a from './answers';
import { ENDPOINTS } from './endpoints';
import { limitCreate, limitUpdate, moveBody } from './limitSchemas';
import { fieldsQuery, listed } from './operation';
import type { Operation } from './operation';
import { listQuery, logsQuery } from './queries';

const counts = Object.fromEntries(LIMIT_TYPES.map((t) => [t, int.min(-1)])) as Record<LimitType, typeof int>;
export const limitAnswer = z.object({ id, cid, name: z.string(), description: z.string().optional(), ...counts, rev: rev.optional() });
export type LimitAnswer = z.infer<typeof limitAnswer>;

const useCounts = Object.fromEntries(LIMIT_TYPES.map((t) => [t, int.min(0)])) as Record<LimitType, typeof int>;
export const limitUseAnswer = z.object({
  limit_id: id,
  accounts: z.array(z.object({ id: cid, name: z.string(), use: z.object(useCounts) })),
});
export type LimitUseAnswer = z.infer<typeof limitUseAnswer>;

const tag = 'limits';
const write = true as const;

export const LIMIT_OPERATIONS: readonly Operation[] = [
  {
    method: 'GET',
    path: ENDPOINTS.limitRecords,
    tag,
    summary: 'Limits the caller defines (its branch, master tokens)',
    query: listQuery,
    result: listed(limitAnswer),
  },
  {
    method: 'POST',
    path: ENDPOINTS.limits,
    tag,
    summary: 'Define limits (for subaccounts of `cid`)',
    query: fieldsQuery,
    body: z.union([limitCreate, z.array(limitCreate)]),
    result: listed(limitAnswer),
    write,
  },
  { method: 'PUT', path: ENDPOINTS.limitRecords, tag, summary: 'Change limits', query: fieldsQuery, body: limitUpdate, result: listed(limitAnswer), write },
  {
    method: 'PATCH',
    path: ENDPOINTS.limitRecords,
    tag,
    summary: 'Change limits (the fields named)',
    query: fieldsQuery,
    body: limitUpdate,
    result: listed(limitAnswer),
    write,
  },
  { method: 'DELETE', path: ENDPOINTS.limitRecords, tag, summary: 'Delete limits no subaccount uses', query: fieldsQuery, result: listed(a.idAnswer), write },
  { method: 'GET', path: ENDPOINTS.limitLogs, tag, summary: 'Log records of limits (deleted ones too)', query: logsQuery, result: listed(a.logAnswer) },
  {
    method: 'GET',
    path: ENDPOINTS.limitUse,
    tag: `${tag} (ours)`,
    summary: 'Per limit, the accounts it is assigned to and their use against it',
    query: fieldsQuery,
    result: listed(limitUseAnswer),
  },
  ...(['deviceMove', 'channelMove'] as const).map((e): Operation => ({
    method: 'PUT',
    path: ENDPOINTS[e],
    tag: 'moves',
    summary: `Move ${e === 'deviceMove' ? 'devices' : 'channels'} to another account (body: its id)`,
    query: fieldsQuery,
    body: moveBody,
    result: listed(a.instanceAnswer),
    write,
  })),
];
