/**
 * Memoized "readable" marks per (acting account, instance type), for accounts that ask many questions:
 * after a few questions the marks are built once (one pass over the type) and a hidden item is then
 * answered with two array reads. Only the most recently built marks are kept, to bound memory.
 */
import type { InstanceType } from '../domain/types';
import type { AccountRights } from './accountRights';
import { readableMarks } from './visibleItems';
import type { WorldTables } from './worldTables';

/** Questions an account asks of a type before its marks are built (default). */
export const BUILD_AFTER = 48;
const KEEP = 64;

export class ReadableMemo {
  /** Most recent last. */
  private readonly held: Array<{ r: AccountRights; type: InstanceType }>;

  /** `kept`: the memo of an earlier world with the same access inputs, whose marks this one goes on with. */
  constructor(
    private readonly wt: WorldTables,
    private readonly buildAfter = BUILD_AFTER,
    kept?: ReadableMemo,
  ) {
    this.held = kept?.held ?? [];
  }

  /** Marks already built, if any (listings reuse them, never build them). */
  peek(r: AccountRights, type: InstanceType): Uint8Array | null {
    return r.marks[type] ?? null;
  }

  /** The marks for an account and type if worth having, else null (the caller asks the rules). */
  marks(r: AccountRights, type: InstanceType): Uint8Array | null {
    const hit = r.marks[type];
    if (hit) return hit;
    if (++r.asked[type] < this.buildAfter) return null;
    const marks = readableMarks(this.wt, r, type);
    r.marks[type] = marks;
    this.held.push({ r, type });
    if (this.held.length > KEEP) {
      const old = this.held.shift();
      if (old) old.r.marks[old.type] = null;
    }
    return marks;
  }
}
