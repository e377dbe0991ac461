/**
 * Checks as bit tests: for an acting account that asks many single questions about one instance type and
 * action, every item's answer is computed once (one pass over the type) into a bitset indexed by id, and a
 * question is then answered from one bit. Only for tokens without an ACL (an ACL narrows per token, not per
 * account). The most recently built bitsets are kept, to bound memory (12.5 KB per 100,000 items).
 */
import type { InstanceType } from '../domain/types';
import type { AccountRights } from './accountRights';
import type { WorldTables } from './worldTables';

/** Questions an account asks of a type and action before its bits are built (default). */
export const BITS_AFTER = 48;
const KEEP = 64;

/** Bit `id` of a bitset (ids beyond it, and anything not a whole number: not set). */
export const hasBit = (bits: Uint32Array, id: number): boolean => (id | 0) === id && id >= 0 && (((bits[id >>> 5] ?? 0) >>> (id & 31)) & 1) === 1;

export class AllowedMemo {
  /** Most recent last. */
  private readonly held: Array<{ r: AccountRights; type: InstanceType; action: string }>;

  /** `kept`: the memo of an earlier world with the same access inputs, whose bits this one goes on with. */
  constructor(
    private readonly wt: WorldTables,
    private readonly buildAfter = BITS_AFTER,
    kept?: AllowedMemo,
  ) {
    this.held = kept?.held ?? [];
  }

  /**
   * Called when `r.bits[type][action]` is not built yet: builds it once worth having (else null, and the
   * caller asks the rules); `answer(id)` is the full decision's verdict.
   */
  build(r: AccountRights, type: InstanceType, action: string, answer: (id: number) => boolean): Uint32Array | null {
    const asked = (r.askedBits[type][action] ?? 0) + 1;
    r.askedBits[type][action] = asked;
    if (asked < this.buildAfter) return null;
    const table = this.wt.instances[type];
    // Indexed by id (a question needs no rank lookup), where ids are small integers (the usual case).
    if (!table.rankById) return null;
    const ids = table.sortedIds;
    const bits = new Uint32Array(Math.ceil(table.rankById.length / 32));
    for (const id of ids) if (answer(id)) bits[id >>> 5] = (bits[id >>> 5] ?? 0) | (1 << (id & 31));
    r.bits[type][action] = bits;
    this.held.push({ r, type, action });
    if (this.held.length > KEEP) {
      const old = this.held.shift();
      if (old) old.r.bits[old.type][old.action] = undefined;
    }
    return bits;
  }
}
