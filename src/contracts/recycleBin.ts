/**
 * The recycle bin in the dialect (issue 18): flespi's `/platform/deleted/<sel>`, its `logs` and `restore`.
 * An entry is named by its origin, the path of the record it was (`gw/devices/123`,
 * `platform/subaccounts/7`); selectors: `all`, origins, item ids, `origin=gw/devices/*` (comma-separated).
 */
import { z } from 'zod';
import type { BinType } from '../domain/recycleBin';
import { cid, id, open, unixTime } from './answerFields';
import { COLLECTION_BASES, ENDPOINTS } from './endpoints';
import { fieldsQuery, listed } from './operation';
import type { Operation } from './operation';
import { listQuery, logsQuery } from './queries';
import * as a from './answers';

export const BIN_TYPES = Object.keys(COLLECTION_BASES) as BinType[];

/** `gw/devices/123`: where the record lived. */
export const binOrigin = (type: BinType, itemId: number): string => `${COLLECTION_BASES[type].slice(1)}/${itemId}`;

/** The type and id an origin names, or null. */
export function parseOrigin(origin: string): { type: BinType; id: number } | null {
  const m = /^(.+)\/(\d{1,15})$/.exec(origin);
  const type = m && BIN_TYPES.find((t) => COLLECTION_BASES[t] === `/${m[1]}`);
  return m && type ? { type, id: Number(m[2]) } : null;
}

const unlinked = z.object({ type: z.string(), id, field: z.string() });

/** One entry of the bin as answered: the record's type, id, account, name, when it goes for good and its configuration. */
export const binEntryAnswer = z.object({
  origin: z.string(),
  type: z.enum(BIN_TYPES as [BinType, ...BinType[]]),
  id,
  cid,
  name: z.string(),
  deleted: unixTime,
  /** When it is gone for good (deleted + 30 days). */
  expires: unixTime,
  /** The origin of the record whose delete took this one along: restore that first. */
  with: z.string().optional(),
  /** References the delete dropped (memberships, grant items, ACL ids, grantee links): a restore does not bring them back. */
  unlinked: z.array(unlinked),
  /** The record as it was (a token without its key). */
  configuration: open,
});
export type BinEntryAnswer = z.infer<typeof binEntryAnswer>;

export const restoreAnswer = z.object({ origin: z.string(), type: z.string(), id, cid, not_restored: z.array(unlinked) });
export type RestoreAnswer = z.infer<typeof restoreAnswer>;

const tag = 'recycle bin';
export const BIN_OPERATIONS: readonly Operation[] = [
  { method: 'GET', path: ENDPOINTS.deleted, tag, summary: 'Deleted records in the recycle bin', query: listQuery, result: listed(binEntryAnswer) },
  { method: 'GET', path: ENDPOINTS.deletedLogs, tag, summary: 'Log records of deleted records', query: logsQuery, result: listed(a.logAnswer) },
  {
    method: 'POST',
    path: ENDPOINTS.deletedRestore,
    tag,
    summary: 'Restore deleted records (master token acting in their account)',
    query: fieldsQuery,
    result: listed(restoreAnswer),
  },
];
