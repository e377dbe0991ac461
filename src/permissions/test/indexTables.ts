/** What an index's lookup tables hold, as plain data (lookups read through their ids), to compare two indexes. */
import { INSTANCE_TYPES } from '../../domain/types';
import { engineOf } from '../buildAccessIndex';
import type { AccessIndex } from '../buildAccessIndex';
import type { WorldTables } from '../worldTables';

export function tablesOf(ix: AccessIndex): unknown {
  const wt: WorldTables = engineOf(ix).wt;
  const sorted = <K, V>(m: Map<K, V>) => [...m.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const ids = (m: Map<number, Array<{ id: number }>>) => sorted(m).map(([k, v]) => [k, v.map((x) => x.id)]);
  return {
    accounts: sorted(wt.accounts),
    children: sorted(wt.children),
    tour: wt.tour,
    pos: sorted(wt.pos),
    posOf: wt.tour.map((cid) => wt.posOf.get(cid)),
    last: sorted(wt.last),
    depth: sorted(wt.depth),
    blocked: [...wt.blocked].sort(),
    tokens: sorted(wt.tokensById),
    tokenKeys: sorted(wt.tokensByKey),
    grants: sorted(wt.grantsById),
    grantees: ids(wt.grantsByGrantee),
    roles: sorted(wt.roles),
    assignments: sorted(wt.assignmentsById),
    subjects: ids(wt.assignmentsBySubject),
    instances: INSTANCE_TYPES.map((t) => {
      const ti = wt.instances[t];
      return {
        sortedIds: ti.sortedIds,
        ranks: ti.sortedIds.map((id) => ti.rank.get(id)),
        byOwner: [...ti.byOwner],
        start: [...ti.start],
        byId: ti.sortedIds.map((id) => ti.byId.get(id)),
      };
    }),
  };
}

/** The access inputs' identity (worldTables.ts `inputs`): two indexes with the same one share their per-account memos. */
export const accessInputsOf = (ix: AccessIndex): object => engineOf(ix).wt.inputs;
