/**
 * Checks as bit tests: for an acting account that asks many single questions about one instance type and
 * action, every item's answer is computed once (one pass over the type, in rank order) into a bitset, and a
 * question is then answered from one bit. Only for tokens without an ACL (an ACL narrows per token, not per
 * account). The most recently built bitsets are kept, to bound memory (12.5 KB per 100,000 items).
 */
import type { InstanceType } from '../domain/types';
import type { AccountRights } from './accountRights';
import type { WorldTables } from './worldTables';

/** Questions an account asks of a type and action before its bits are built (default). */
export const BITS_AFTER = 48;
const KEEP = 64;

export const hasBit = (bits: Uint32Array, rank: number): boolean => rank >= 0 && (((bits[rank >>> 5] ?? 0) >>> (rank & 31)) & 1) === 1;

export class AllowedMemo {
  /** Most recent last. */
  private readonly held: Array<{ r: AccountRights; type: InstanceType; action: string }> = [];

  constructor(
    private readonly wt: WorldTables,
    private readonly buildAfter = BITS_AFTER,
  ) {}

  /**
   * Called when `r.bits[type][action]` is not built yet: builds it once worth having (else null, and the
   * caller asks the rules); `answer(id)` is the full decision's verdict.
   */
  build(r: AccountRights, type: InstanceType, action: string, answer: (id: number) => boolean): Uint32Array | null {
    const asked = (r.askedBits[type][action] ?? 0) + 1;
    r.askedBits[type][action] = asked;
    if (asked < this.buildAfter) return null;
    const ids = this.wt.instances[type].sortedIds;
    const bits = new Uint32Array(Math.ceil(ids.length / 32));
    for (let rank = 0; rank < ids.length; rank++) if (answer(ids[rank] ?? -1)) bits[rank >>> 5] = (bits[rank >>> 5] ?? 0) | (1 << (rank & 31));
    r.bits[type][action] = bits;
    this.held.push({ r, type, action });
    if (this.held.length > KEEP) {
      const old = this.held.shift();
      if (old) old.r.bits[old.type][old.action] = undefined;
    }
    return bits;
  }
}
