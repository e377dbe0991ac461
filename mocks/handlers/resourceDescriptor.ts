/** What a collection's handlers are built from: one descriptor per collection (`platformResources.ts`, `instanceResources.ts`). */
import type { z } from 'zod';
import type { GuardResult, LockoutChange, RecordType } from '../../src/permissions';
import type { World } from '../../src/domain/types';
import type { LogInput } from '../db/store';
import type { Ctx } from '../http/withPrincipal';

export interface Rec {
  id: number;
  cid: number;
}

export interface Resource<R extends Rec, C, U> {
  type: RecordType;
  base: string;
  list: (w: World) => R[];
  createSchema: z.ZodType<C>;
  updateSchema: z.ZodType<U>;
  build: (input: C, cid: number, id: number, ctx: Ctx) => R;
  guard?: (ctx: Ctx, draft: R, existing?: R) => GuardResult;
  /** A conflict that forbids deleting (409 reason), or null. */
  deleteConflict?: (ctx: Ctx, r: R) => string | null;
  /** Removes references to deleted records elsewhere in the world; returns the log records of what it changed. */
  afterDelete?: (w: World, ids: Set<number>) => LogInput[];
  /**
   * Lock-out guard (permission module): which guarded change an update makes (null: none); deleting
   * is guarded whenever this is set.
   */
  lockout?: (before: R, after: R) => LockoutChange | null;
  present?: (r: R) => Record<string, unknown>;
}

/** A record as the answer shows it (the descriptor's `present`, or the record) with its revision. */
export type Present<R extends Rec> = (ctx: Ctx, r: R) => Record<string, unknown>;

export const asRecord = (r: Rec) => r as unknown as Record<string, unknown>;
