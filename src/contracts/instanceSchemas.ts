/**
 * Bodies of the six instance types, with flespi's own fields as its API description names them. Each
 * type is strict about its own fields: a `device_type_id` on a channel is an unknown field (400 naming it).
 * Required on create, as flespi requires them: a device's `device_type_id`, a channel's and a stream's
 * `protocol_id`, a plugin's `type_id`, a calc's `selectors` (and every type's `name`: ours, see NOTES-team).
 */
import { z } from 'zod';
import type { InstanceType } from '../domain/types';

const name = z.string().trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters');
const id = z.number().int().positive();
const record = z.record(z.string(), z.unknown());
const ttl = z
  .number()
  .int()
  .min(0)
  .max(10 * 365 * 86_400);
const text = z.string().max(1000);

/** flespi: an ident may not hold '#', '+', '/' nor non-printable characters. */
export const ident = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .refine(
    (s) => ![...s].some((c) => '#+/'.includes(c) || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f),
    "must not hold '#', '+', '/' or non-printable characters",
  );

/** A device's configuration: its `ident` checked, the rest is the device type's own. */
const deviceConfiguration = z.looseObject({ ident: ident.optional() });
const selector = z.looseObject({ type: z.string().min(1).max(100) });
const counter = z.looseObject({ name: z.string().min(1).max(255), type: z.string().min(1).max(100) });

/** The fields of each type beside `name` and `metadata`; `[field, create schema]`, update is each optional. */
const FIELDS = {
  devices: { device_type_id: id, configuration: deviceConfiguration.optional(), messages_ttl: ttl.optional() },
  channels: {
    protocol_id: id,
    configuration: record.optional(),
    enabled: z.boolean().default(true),
    messages_ttl: ttl.optional(),
    commands_ttl: ttl.optional(),
  },
  streams: {
    protocol_id: id,
    configuration: record.optional(),
    enabled: z.boolean().default(true),
    queue_ttl: ttl.optional(),
    validate_message: text.optional(),
  },
  calcs: {
    selectors: z.array(selector).min(1, 'must hold at least one selector').max(50),
    counters: z.array(counter).max(100).default([]),
    messages_source: record.optional(),
    intervals_ttl: ttl.optional(),
    intervals_rotate: z.number().int().min(0).optional(),
    update_delay: z.number().int().min(0).max(86_400).optional(),
    validate_interval: text.optional(),
    validate_message: text.optional(),
    timezone: z.string().max(64).optional(),
  },
  plugins: { type_id: id, configuration: record.optional(), validate_message: text.optional() },
  groups: {},
} satisfies Record<InstanceType, Record<string, z.ZodType>>;

/** Create and update bodies per type. Update: every field optional, no `cid` (a record keeps its owner). */
const UPDATE_FIELDS = {
  devices: { device_type_id: id, configuration: deviceConfiguration, messages_ttl: ttl },
  channels: { protocol_id: id, configuration: record, enabled: z.boolean(), messages_ttl: ttl, commands_ttl: ttl },
  streams: { protocol_id: id, configuration: record, enabled: z.boolean(), queue_ttl: ttl, validate_message: text },
  calcs: {
    selectors: FIELDS.calcs.selectors,
    counters: z.array(counter).max(100),
    messages_source: record,
    intervals_ttl: ttl,
    intervals_rotate: z.number().int().min(0),
    update_delay: z.number().int().min(0).max(86_400),
    validate_interval: text,
    validate_message: text,
    timezone: z.string().max(64),
  },
  plugins: { type_id: id, configuration: record, validate_message: text },
  groups: {},
} satisfies Record<InstanceType, Record<string, z.ZodType>>;

const optionalAll = (fields: Record<string, z.ZodType>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()]));

const createOf = <T extends InstanceType>(type: T) => z.strictObject({ name, cid: id.optional(), metadata: record.optional(), ...FIELDS[type] });
const updateOf = <T extends InstanceType>(type: T) =>
  z.strictObject({ name: name.optional(), metadata: record.optional(), ...optionalAll(UPDATE_FIELDS[type]) });

export const INSTANCE_CREATE = {
  devices: createOf('devices'),
  channels: createOf('channels'),
  streams: createOf('streams'),
  calcs: createOf('calcs'),
  plugins: createOf('plugins'),
  groups: createOf('groups'),
};
export const INSTANCE_UPDATE: Record<InstanceType, z.ZodType<Record<string, unknown>>> = {
  devices: updateOf('devices'),
  channels: updateOf('channels'),
  streams: updateOf('streams'),
  calcs: updateOf('calcs'),
  plugins: updateOf('plugins'),
  groups: updateOf('groups'),
};
