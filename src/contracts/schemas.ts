/**
 * Bodies of the dialect as zod schemas: the mock backend validates with them and the UI's forms may too.
 * Objects are strict: an unknown field is a 400 that names it.
 */
import { z } from 'zod';
import { ipListProblem } from './ipAllowList';
import { HTTP_METHODS, INSTANCE_GRANT_LEVELS, INSTANCE_TYPES, SUBACCOUNT_GRANT_LEVELS, SUBMODULES } from '../domain/types';
import { ACL_URIS } from '../domain/aclUris';

const name = z.string().trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters');
const id = z.number().int().positive();
const unixTime = z.number().int().min(0);
const metadata = z.record(z.string(), z.unknown());

/** `limit_id` (issue 18): a limit of the parent's; 0 takes the limit off. */
const limitId = z.number().int().min(0);
export const accountCreate = z.strictObject({
  name,
  cid: id.optional(),
  blocked: z.boolean().optional(),
  metadata: metadata.optional(),
  limit_id: limitId.optional(),
});
export const accountUpdate = z.strictObject({
  name: name.optional(),
  blocked: z.boolean().optional(),
  metadata: metadata.optional(),
  limit_id: limitId.optional(),
});

const aclEntry = z.strictObject({
  uri: z.enum(ACL_URIS),
  methods: z.array(z.enum(HTTP_METHODS)).max(5),
  ids: z.union([z.literal('all'), z.array(id).max(10_000)]),
  submodules: z
    .array(z.strictObject({ name: z.enum(SUBMODULES), methods: z.array(z.enum(HTTP_METHODS)).max(5) }))
    .max(20)
    .optional(),
});
const tokenAccess = z.strictObject({ type: z.union([z.literal(0), z.literal(1), z.literal(2)]), acl: z.array(aclEntry).max(50).default([]) });
const tokenInfo = z.string().max(255, 'must be at most 255 characters');
/** Client addresses and subnets the token may be used from (empty: any), as flespi has it. */
const ips = z
  .string()
  .max(1000)
  .superRefine((text, ctx) => {
    const problem = ipListProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const tokenFields = {
  info: tokenInfo.default(''),
  enabled: z.boolean().default(true),
  expire: unixTime.default(0),
  ttl: z
    .number()
    .int()
    .min(0)
    .max(10 * 365 * 86_400)
    .default(0),
  ips: ips.default(''),
  metadata: metadata.optional(),
  access: tokenAccess.default({ type: 0, acl: [] }),
};
export const tokenCreate = z.strictObject({ ...tokenFields, cid: id.optional() });
export const tokenUpdate = z.strictObject({
  // Not `tokenFields.info.optional()`: its default would blank the name on every PATCH that omits it.
  info: tokenInfo.optional(),
  enabled: z.boolean().optional(),
  expire: unixTime.optional(),
  ttl: z.number().int().min(0).optional(),
  ips: ips.optional(),
  metadata: metadata.optional(),
  access: tokenAccess.optional(),
});

/** What every instance type shares (forms check these); each type's own bodies: instanceSchemas.ts. */
export const instanceCreate = z.strictObject({ name, cid: id.optional() });
export const instanceUpdate = z.strictObject({ name: name.optional(), metadata: metadata.optional() });
export { INSTANCE_CREATE, INSTANCE_UPDATE } from './instanceSchemas';

const instanceItem = z.strictObject({
  type: z.enum(INSTANCE_TYPES),
  ids: z.union([z.literal('all'), z.array(id).min(1).max(10_000)]),
  access: z.array(z.enum(INSTANCE_GRANT_LEVELS)).min(1),
});
const subaccountItem = z.strictObject({
  type: z.literal('subaccounts'),
  ids: z.array(id).min(1).max(10_000),
  access: z.array(z.enum(SUBACCOUNT_GRANT_LEVELS)).min(1),
});
export const grantItem = z.discriminatedUnion('type', [instanceItem, subaccountItem]);
export const grantCreate = z.strictObject({
  name,
  cid: id.optional(),
  items: z.array(grantItem).max(100).default([]),
  subaccounts: z.array(id).max(1000).default([]),
  expire: unixTime.default(0),
  enabled: z.boolean().default(true),
});
export const grantUpdate = z.strictObject({
  name: name.optional(),
  items: z.array(grantItem).max(100).optional(),
  subaccounts: z.array(id).max(1000).optional(),
  expire: unixTime.optional(),
  enabled: z.boolean().optional(),
});

const permission = z.string().regex(/^[a-z]+:[a-z]+$/, 'must be TYPE:ACTION');
export const roleCreate = z.strictObject({
  name,
  cid: id.optional(),
  description: z.string().max(1000).default(''),
  permissions: z.array(permission).max(100),
});
export const roleUpdate = z.strictObject({
  name: name.optional(),
  description: z.string().max(1000).optional(),
  permissions: z.array(permission).max(100).optional(),
});

export const roleAssignmentCreate = z.strictObject({
  cid: id.optional(),
  role_id: id,
  subject_cid: id,
  scope: z
    .string()
    .max(200)
    .regex(/^\/accounts\/\d+(\/[a-z]+\/\d+)?$/, 'must be /accounts/{cid}[/{type}/{id}]'),
  expire: unixTime.default(0),
});
export const roleAssignmentUpdate = z.strictObject({ expire: unixTime.optional() });

export const commandCreate = z.strictObject({ name: z.string().min(1).max(100), properties: metadata.default({}) });

/** `POST /platform/access/preview` (ours): one of a draft grant, a draft assignment (`id` to preview a change) or a removal. */
export const accessPreview = z.strictObject({
  grant: grantCreate.extend({ id: id.optional() }).optional(),
  assignment: roleAssignmentCreate.extend({ id: id.optional() }).optional(),
  remove: z.strictObject({ type: z.enum(['grants', 'role-assignments']), id }).optional(),
  /** Issue 18: restoring a deleted grant, assignment or token (its origin, `platform/grants/4`). */
  restore: z.strictObject({ origin: z.string().min(1).max(200) }).optional(),
  /** Issue 18: moving a device or channel to account `cid`. */
  move: z.strictObject({ type: z.enum(['devices', 'channels']), id, cid: id }).optional(),
});

/** One readable sentence for the first problem: names the field and what was expected. */
export function describeIssue(error: z.ZodError, prefix = ''): { field: string; reason: string } {
  const issue = error.issues[0];
  if (!issue) return { field: prefix || 'body', reason: 'is not valid' };
  const path = [prefix, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))].filter(Boolean).join('.').replace(/\.\[/g, '[');
  if (issue.code === 'unrecognized_keys') {
    const where = path ? ` in ${path}` : '';
    return { field: `${path ? `${path}.` : ''}${issue.keys[0] ?? ''}`, reason: `unknown field "${issue.keys.join('", "')}"${where}` };
  }
  // Zod's messages start a sentence ("Too big: …"); after the field's name they continue one.
  const message = issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  return { field: path || 'body', reason: `"${path || 'body'}" ${message}` };
}
