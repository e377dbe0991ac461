/**
 * What the access endpoints (`/platform/access/*`, ours) answer, as zod schemas: one element of `result` each.
 * The permission module's explanations (`rules`) are open objects; everything else is closed (see `answers.ts`).
 */
import { z } from 'zod';
import { ACTIONS, ITEM_TYPES } from '../domain/types';
import { RECORD_TYPES, cid, id, int, unixTime } from './answerFields';

/** A rule of the permission module (`kind` plus the fields of that kind). */
const rule = z.looseObject({ kind: z.string() });
const action = z.enum(ACTIONS);
export const accessEntryAnswer = z.object({
  type: z.enum(RECORD_TYPES),
  id,
  cid,
  permissions: z.array(action),
  rules: z.array(rule),
  name: z.string(),
  acl: z.string().optional(),
});
export const accessDiffAnswer = z.object({
  cid,
  gained: z.array(accessEntryAnswer),
  lost: z.array(accessEntryAnswer),
  changed: z.array(z.object({ before: accessEntryAnswer, after: accessEntryAnswer })),
  /** The change in plain words (issue 20). */
  lines: z.array(z.string()).optional(),
});
export const actableAccountAnswer = z.object({ id, name: z.string(), owner_id: cid, via: z.enum(['self', 'branch', 'operate-as']).nullable() });
export const tokenKindsAnswer = z.object({
  cid,
  name: z.string(),
  kinds: z.array(z.object({ type: int, allowed: z.boolean(), reason: z.string().optional() })),
});
export const whyAnswer = z.object({
  type: z.enum(RECORD_TYPES),
  id,
  name: z.string(),
  action,
  subject: z.string(),
  allowed: z.boolean(),
  status: int,
  code: z.string().nullable(),
  explanation: z.string(),
  rules: z.array(rule),
  /** The nearest thing that would have given the right (issue 20), named only to a caller that reads it. */
  blocker: z
    .object({
      kind: z.enum(['expired-assignment', 'expired-grant', 'disabled-grant', 'acl-entry']),
      type: z.enum(['role-assignments', 'grants', 'tokens']),
      id,
      expire: unixTime.optional(),
      restore: z.enum(['extend', 'enable', 'add-acl-entry']),
      mayRestore: z.boolean(),
      name: z.string(),
    })
    .nullable()
    .optional(),
});
/** `GET /platform/access/<cid>/mine` (issue 20): what the calling token may do, what its account receives, where it cannot act. */
const receivedAnswer = z.object({
  type: z.enum(['grants', 'role-assignments']),
  id,
  name: z.string(),
  from: z.object({ cid, name: z.string() }),
  gives: z.array(z.string()),
  expire: unixTime,
  active: z.boolean(),
});
export const myAccessAnswer = z.object({
  token: z.object({ id, info: z.string(), kind: z.string(), expire: unixTime, ttl: int.min(0), acl: z.array(z.string()) }),
  account: z.object({ id, name: z.string() }),
  reach: z.array(z.object({ type: z.enum(RECORD_TYPES), count: int.min(0), may: z.array(z.string()) })),
  received: z.array(receivedAnswer),
  limits: z.array(z.object({ what: z.string(), why: z.string() })),
});
/** `GET /platform/access/<cid>/names` (issue 20): the accounts the caller may know by name. */
export const knownAccountAnswer = z.object({ type: z.literal('subaccounts'), id: cid, name: z.string() });
export const whoAnswer = z.object({
  type: z.enum(ITEM_TYPES),
  id,
  accounts: z.array(z.object({ cid, name: z.string(), permissions: z.array(action), rules: z.array(rule) })),
  tokens: z.array(z.object({ id, cid, info: z.string(), kind: z.string(), permissions: z.array(action) })),
});
export const lockoutRiskAnswer = z.object({ code: z.string(), message: z.string(), confirmable: z.boolean() });
export const hygieneFindingAnswer = z.object({
  type: z.enum(['grants', 'role-assignments']),
  id,
  cid,
  name: z.string(),
  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
});
