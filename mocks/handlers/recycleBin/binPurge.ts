/** After 30 days an entry is gone for good, and its log with it: purged lazily when the bin is used, by the world's clock. */
import { BIN_SECONDS } from '../../../src/domain/recycleBin';
import type { BinEntry } from '../../../src/domain/recycleBin';
import { removeRecords } from '../../db/collections';
import type { Forget } from '../../db/store';
import type { Ctx } from '../../http/withPrincipal';

export const expiresAt = (e: BinEntry): number => e.deleted + BIN_SECONDS;

const forgetOf = (e: BinEntry): Forget[] =>
  e.type === 'subaccounts'
    ? [
        { item_type: 'subaccounts', item_id: e.item_id },
        { item_type: 'customer', item_id: e.item_id },
      ]
    : [{ item_type: e.type, item_id: e.item_id }];

/** Purges what has expired; true when anything was (the caller's index is then stale). */
export function purgeBin(ctx: Ctx): boolean {
  const gone = (ctx.store.world.deleted ?? []).filter((e) => expiresAt(e) <= ctx.p.now);
  if (gone.length === 0) return false;
  ctx.store.mutate(ctx.author, (w) => {
    removeRecords(w, w.deleted ?? [], new Set(gone.map((e) => e.id)));
    return { value: null, logs: [], forget: gone.flatMap(forgetOf) };
  });
  return true;
}
