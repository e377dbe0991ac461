/** Bodies of `/platform/limits` and of a move (`PUT /gw/<type>/<sel>/cid`), issue 18. */
import { z } from 'zod';
import { LIMIT_TYPES } from '../domain/limits';
import type { LimitType } from '../domain/limits';

const count = z.number().int().min(-1, 'must be -1 (bounded only by the limits above), 0 (nothing) or more').max(1_000_000);
const counts = Object.fromEntries(LIMIT_TYPES.map((t) => [t, count.optional()])) as Record<LimitType, z.ZodOptional<typeof count>>;
const name = z.string().trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters');
const description = z.string().max(1024, 'must be at most 1024 characters');

/** A count left out is -1: bounded only by the limits above. */
export const limitCreate = z.strictObject({ name, description: description.optional(), cid: z.number().int().positive().optional(), ...counts });
export const limitUpdate = z.strictObject({ name: name.optional(), description: description.optional(), ...counts });

/** flespi's body is the target account id; `{"cid": N}` is taken too. */
export const moveBody = z
  .union([z.number().int().positive(), z.strictObject({ cid: z.number().int().positive() })])
  .transform((v) => (typeof v === 'number' ? v : v.cid));
