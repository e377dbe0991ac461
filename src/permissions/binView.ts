/**
 * Who sees what in the recycle bin (issue 18). "Could read before the deletion" is asked as: could the
 * principal read the record if it were back now, alone (with the deleted accounts it lived in), in the
 * current world? Never more than the world allows today: a right lost since hides the entry. Each entry is
 * its own what-if index (reusing the current one's tables), memoized per world.
 */
import type { BinEntry } from '../domain/recycleBin';
import { buildAccessIndex } from './buildAccessIndex';
import type { AccessIndex } from './buildAccessIndex';
import { worldWithEntry, restoreAccountOf } from './binWorld';
import { readableView } from './readableView';
import type { ReadableView } from './readableView';
import { platformRefusal } from './tokenFacts';
import type { Principal, RecordType } from './types';

const WHAT_IF = new WeakMap<AccessIndex, Map<number, AccessIndex | null>>();

function whatIf(ix: AccessIndex, e: BinEntry): AccessIndex | null {
  let memo = WHAT_IF.get(ix);
  if (!memo) WHAT_IF.set(ix, (memo = new Map()));
  if (!memo.has(e.id)) {
    const w = worldWithEntry(ix.world, e);
    memo.set(e.id, w && buildAccessIndex(w, { previous: ix }));
  }
  return memo.get(e.id) ?? null;
}

/** May the principal see this entry (and its log)? */
export const binReadable = (ix: AccessIndex, p: Principal, e: BinEntry): boolean => {
  const back = whatIf(ix, e);
  return back !== null && readableView(back, p).may(e.type, e.item_id);
};

/** The view a bin answer is projected with: what the principal reads now, plus the entries it may see. */
export function binView(ix: AccessIndex, p: Principal): ReadableView {
  const now = readableView(ix, p);
  const entries = new Map((ix.world.deleted ?? []).map((e) => [`${e.type}:${e.item_id}`, e]));
  const seen = new Map<BinEntry, boolean>();
  const sees = (e: BinEntry): boolean => {
    let v = seen.get(e);
    if (v === undefined) seen.set(e, (v = binReadable(ix, p, e)));
    return v;
  };
  return {
    principal: p,
    may: (type: RecordType, id: number) => {
      if (now.may(type, id)) return true;
      const e = entries.get(`${type}:${id}`);
      return e !== undefined && sees(e);
    },
  };
}

/**
 * Why this principal may not restore this entry, as an absent record (404), or null: a master token
 * acting in the entry's account (or, while that account is deleted too, in the account that restores it),
 * and the entry one it sees. The create checks and the conflicts (409) come after.
 */
export function restoreRefusal(ix: AccessIndex, p: Principal, e: BinEntry): string | null {
  const absent = `Nothing restorable in the recycle bin of account ${p.actingCid} at ${e.type}/${e.item_id}.`;
  if (platformRefusal(p.token) || !binReadable(ix, p, e)) return absent;
  return restoreAccountOf(ix.world, e) === p.actingCid ? null : absent;
}
