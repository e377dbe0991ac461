/**
 * What the dialect answers, as zod schemas: one element of `result` per endpoint, and the two envelopes.
 * The OpenAPI document (`openapi.ts`) is generated from these and from the request schemas beside them;
 * `npm run fuzz` checks every answer of the mock against it. Objects are closed (an unexpected field in an
 * answer breaks the document). The access endpoints' answers are in `accessAnswers.ts`.
 */
import { z } from 'zod';
import { INSTANCE_TYPES } from '../domain/types';
import { cid, id, int, open, rev, unixTime } from './answerFields';

export const accountAnswer = z.object({
  id,
  name: z.string(),
  owner_id: cid,
  blocked: z.boolean(),
  metadata: open.optional(),
  limit_id: int.min(0).optional(),
  cid,
  rev: rev.optional(),
});

const methods = z.array(z.string());
const aclEntryAnswer = z.object({
  uri: z.string(),
  methods,
  ids: z.union([z.literal('all'), z.array(id)]),
  submodules: z.array(z.object({ name: z.string(), methods })).optional(),
});
export const tokenAnswer = z.object({
  id,
  cid,
  key: z.string().optional(),
  info: z.string(),
  enabled: z.boolean(),
  expire: unixTime,
  ttl: int.min(0),
  created: unixTime,
  accessed: unixTime,
  ips: z.string(),
  metadata: open.optional(),
  access: z.object({ type: z.union([z.literal(0), z.literal(1), z.literal(2)]), acl: z.array(aclEntryAnswer) }),
  rev: rev.optional(),
});

/** Item ids the caller may not read are left out, so a list may be empty in an answer. */
const grantItemAnswer = z.object({ type: z.string(), ids: z.union([z.literal('all'), z.array(id)]), access: z.array(z.string()) });
export const grantAnswer = z.object({
  id,
  cid,
  name: z.string(),
  items: z.array(grantItemAnswer),
  subaccounts: z.array(id),
  expire: unixTime,
  enabled: z.boolean(),
  rev: rev.optional(),
});
export const receivedGrantAnswer = grantAnswer.extend({ active: z.boolean() });

export const roleAnswer = z.object({
  id,
  cid,
  name: z.string(),
  description: z.string(),
  builtin: z.boolean(),
  permissions: z.array(z.string()),
  rev: rev.optional(),
});
export const roleAssignmentAnswer = z.object({
  id,
  cid,
  role_id: id,
  subject_cid: id,
  scope: z.string(),
  expire: unixTime,
  rev: rev.optional(),
});
export const instanceAnswer = z.object({
  id,
  cid,
  type: z.enum(INSTANCE_TYPES),
  name: z.string(),
  devices: z.array(id).optional(),
  configuration: open.optional(),
  metadata: open.optional(),
  rev: rev.optional(),
  // flespi's own fields (instanceSchemas.ts says which type has which).
  device_type_id: id.optional(),
  protocol_id: id.optional(),
  type_id: id.optional(),
  enabled: z.boolean().optional(),
  messages_ttl: int.min(0).optional(),
  commands_ttl: int.min(0).optional(),
  queue_ttl: int.min(0).optional(),
  validate_message: z.string().optional(),
  selectors: z.array(open).optional(),
  counters: z.array(open).optional(),
  messages_source: open.optional(),
  intervals_ttl: int.min(0).optional(),
  intervals_rotate: int.min(0).optional(),
  update_delay: int.min(0).optional(),
  validate_interval: z.string().optional(),
  timezone: z.string().optional(),
});
/** A device message as flespi names its parameters (`device.id`, `position.latitude`…); `fields` may pick any. */
export const messageAnswer = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
/** A device's latest value of each parameter: `{id, telemetry: {name: {value, ts}}}`. */
export const telemetryAnswer = z.object({
  id,
  telemetry: z.record(z.string(), z.object({ value: z.union([z.string(), z.number(), z.boolean()]), ts: z.number() })),
});

export const logAnswer = z.object({
  id,
  cid,
  timestamp: unixTime,
  event: z.string(),
  item_type: z.string(),
  item_id: id,
  token_id: int.min(0),
  actor_cid: cid,
  changes: z.record(z.string(), z.array(z.unknown())),
});

export const namedAccountAnswer = z.object({ id, name: z.string() });
export const idAnswer = z.object({ id });
export const commandAnswer = z.object({ device_id: id, name: z.string(), status: z.string() });
export const resetAnswer = z.object({ reset: z.literal(true) });
export const importAnswer = z.object({ imported: z.literal(true) });
/** A world the backend kept aside (`/mock/kept`): when (ms), its size as a JSON file, and why. */
export const keptAnswer = z.object({ key: z.string(), at: int, size: int.min(0), why: z.string() });
/** A kept value as it was stored: the state (or recipe) and the journal that followed it. */
export const keptValueAnswer = z.looseObject({ state: z.unknown(), journal: z.array(z.unknown()) });
export const keptDeletedAnswer = z.object({ deleted: z.string() });
/** A whole stored world (`/mock/export`): its own versioned format, not part of the dialect. */
export const worldAnswer = z.looseObject({ version: int });

export const pagination = z.object({ limit: int.min(0), offset: int.min(0), count: int.min(0) });
export const droppedReference = z.object({ type: z.string(), id, cid, effect: z.string() });

/** `{result: [...]}` with the additions some answers carry beside it. */
export const resultEnvelope = (item: z.ZodType) =>
  z.object({ result: z.array(item), pagination: pagination.optional(), references: z.array(droppedReference).optional() });

export const errorEnvelope = z.object({
  errors: z.array(z.object({ code: int.min(400).max(599), reason: z.string(), index: int.min(0).optional() })).min(1),
});
