/** One operation of the dialect (a row of `OPERATIONS`), and what every group of operations builds them with. */
import type { z } from 'zod';
import { listQuery } from './queries';

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

/** `fields=` picks fields, so in a list answer every field may be absent. */
export const listed = (item: z.ZodObject) => item.partial();

/** flespi's `fields` applies to every answer, writes included. */
export const fieldsQuery = listQuery.pick({ fields: true });
