/**
 * Optimistic concurrency on every write: `If-Match: <rev>` (as returned in every record's `rev`) must name
 * the current revision of each record the write changes, or nothing changes and the answer is 409.
 * Without the header a write applies (PATCH then changes only the fields it names).
 */
import { HttpError } from '../http/respond';
import type { Ctx } from '../http/withPrincipal';

export function enforceIfMatch(ctx: Ctx, type: string, ids: readonly number[]): void {
  const header = ctx.request.headers.get('if-match');
  if (header === null) return;
  const text = header
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
  if (!/^\d+$/.test(text)) throw new HttpError(400, `If-Match: expected a record's revision (a number, as in its "rev"), got "${header.slice(0, 40)}".`);
  const wanted = Number(text);
  for (const id of ids) {
    const rev = ctx.store.rev(type, id);
    if (rev !== wanted) throw new HttpError(409, `${type} ${id} was changed since you loaded it (your rev ${wanted}, now ${rev}); reload and try again.`);
  }
}
