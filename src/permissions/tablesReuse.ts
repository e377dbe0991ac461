/**
 * Reusing a type's table after a change: when every record kept its id, its place in the list and its
 * owner (a rename, a new configuration, other members), only the id lookup changes; ranks and the
 * owner ordering stay. Anything else (a record added, removed, moved to another account) rebuilds.
 */
import type { Instance } from '../domain/types';
import { withValues } from './typeTables';
import type { TypeTable } from './typeTables';

export function patchTypeTable(prev: TypeTable, before: readonly Instance[], after: readonly Instance[]): TypeTable | null {
  if (before.length !== after.length) return null;
  const changed: Array<readonly [number, Instance]> = [];
  for (let i = 0; i < after.length; i++) {
    const a = after[i];
    const b = before[i];
    if (a === b) continue;
    // The same id in the same place and account; and the record the lookup held (of an id listed twice, the last).
    if (!a || !b || a.id !== b.id || a.cid !== b.cid || prev.byId.get(b.id) !== b) return null;
    changed.push([a.id, a]);
  }
  return { ...prev, byId: withValues(prev.byId, changed) };
}
