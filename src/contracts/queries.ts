/**
 * Query strings and path parameters of the dialect as zod schemas, for the OpenAPI document. The handlers
 * parse them by hand (with the same limits); `operations.test.ts` keeps the lists here equal to theirs.
 */
import { z } from 'zod';
import { ACTIONS } from '../domain/types';
import { RECORD_TYPES } from './answerFields';

/** Fields a list may be sorted by (`sort=name`, `sort=-id`; ours, not flespi's). */
export const SORT_FIELDS = ['id', 'cid', 'name', 'info', 'expire', 'created', 'accessed', 'enabled', 'blocked'] as const;
/** Where a right comes from (the permission module's RIGHT_SOURCES). */
export const RIGHT_SOURCE_NAMES = ['branch', 'grant', 'role', 'operate-as', 'acl'] as const;
/** Changes the lock-out guard knows (the permission module's LOCKOUT_CHANGES). */
export const LOCKOUT_CHANGE_NAMES = ['disable', 'delete', 'block'] as const;

const idList = z
  .string()
  .regex(/^\d+(,\d+)*$/)
  .meta({ description: 'Comma-separated ids.', examples: ['1', '1,2'] });
const positive = z.number().int().min(1);

export const selector = z
  .string()
  .min(1)
  .max(8192)
  .meta({
    description: 'flespi selector: `all`, ids (`1,2`) or an expression (`name=*truck*`, `id>10&&cid==1000`).',
    examples: ['all', '1', '1,2', 'name=*a*', 'id>100&&enabled==true', '(cid==1000||cid==1004)'],
  });

/** Path parameters by name, whatever the route. */
export const PATH_PARAMS: Record<string, z.ZodType> = {
  sel: selector,
  dsel: selector,
  asel: selector,
  tsel: z
    .string()
    .min(1)
    .max(8192)
    .meta({ description: 'Telemetry parameters: `all` or names (`position.latitude,battery.*`).', examples: ['all', 'position.latitude,position.longitude'] }),
  cid: z.number().int().min(0).meta({ description: 'An account id: the acting account, or one a master token may act as.' }),
  id: positive,
  type: z.enum(RECORD_TYPES),
  key: z
    .string()
    .regex(/^kept-\d+$/)
    .meta({ description: 'A kept world (`GET /mock/kept`).', examples: ['kept-1764460800000'] }),
};

/** `limit`, `offset`, `fields`, `sort` of a list answer. */
export const listQuery = z.object({
  limit: z.number().int().min(0).max(100_000).optional(),
  offset: z.number().int().min(0).optional(),
  fields: z
    .string()
    .regex(/^[\w.]+(,[\w.]+)*$/)
    .optional()
    .meta({ examples: ['id,name', 'id'] }),
  sort: z.enum([...SORT_FIELDS, ...SORT_FIELDS.map((f) => `-${f}` as const)]).optional(),
});

export const confirmQuery = z.object({ confirm: z.literal('lockout').optional() });

/**
 * flespi's `data` query parameter of `…/logs` and `…/messages`: a JSON object. `from`/`to` bound `timestamp`
 * (inclusive), `filter` is an expression over the record's fields, `reverse` newest first, `count` at most
 * that many, `fields` only those fields. Parsed by the handlers (a bad one is a 400 naming `data`).
 */
export const recordsData = z.strictObject({
  from: z.number().min(0).optional(),
  to: z.number().min(0).optional(),
  count: z.number().int().min(1).max(100_000).optional(),
  reverse: z.boolean().optional(),
  filter: z.string().min(1).max(8192).optional(),
  fields: z
    .string()
    .regex(/^[\w.]+(,[\w.]+)*$/, 'must be a comma-separated list of field names')
    .optional(),
});
const dataParam = z
  .string()
  .max(10_000)
  .optional()
  .meta({
    description: "flespi's `data`: JSON `{from, to, count, reverse, filter, fields}`.",
    examples: ['{"count":10,"reverse":true}', '{"from":0,"to":2000000000,"filter":"event==updated"}'],
  });
/** `…/logs`: `data` beside the list parameters. */
export const logsQuery = listQuery.extend({ data: dataParam });
/** `…/messages`: `data` only (flespi's own). */
export const messagesQuery = z.object({ data: dataParam });

const subjectQuery = { token: positive.optional(), acting: positive.optional() };

export const accessQuery = listQuery.extend({
  type: z.enum(RECORD_TYPES),
  ids: idList.optional(),
  source: z.enum(RIGHT_SOURCE_NAMES).optional(),
  permission: z.enum(ACTIONS).optional(),
  q: z.string().max(255).optional(),
  ...subjectQuery,
});

export const whyQuery = z.object({
  type: z.enum(RECORD_TYPES),
  id: positive,
  action: z.enum(ACTIONS).optional(),
  ...subjectQuery,
});

export const lockoutQuery = z.object({
  type: z.enum(['tokens', 'grants', 'role-assignments', 'subaccounts']),
  id: idList,
  change: z.enum(LOCKOUT_CHANGE_NAMES),
});
