/** The entries a bin selector picks among those the caller sees (after purging what expired). */
import type { BinEntry } from '../../../src/domain/recycleBin';
import { HttpError } from '../../http/respond';
import { param } from '../../http/withPrincipal';
import type { Ctx } from '../../http/withPrincipal';
import { purgeBin } from './binPurge';
import { parseBinSelector, unfound } from './binSelector';

/** The entries the selector picks among those the caller sees, newest first; a named one it does not see is a 404. */
export function selectEntries(ctx: Ctx, see: (e: BinEntry) => boolean): BinEntry[] {
  const sel = parseBinSelector(param(ctx, 'sel'));
  purgeBin(ctx);
  const found = (ctx.store.world.deleted ?? []).filter((e) => sel.matches(e) && see(e));
  const missing = unfound(sel, found);
  if (missing.length) throw new HttpError(404, `No deleted item ${missing[0] ?? ''} in the recycle bin.`);
  return [...found].sort((a, b) => b.deleted - a.deleted || b.id - a.id);
}
