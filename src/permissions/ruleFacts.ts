/**
 * Rules with the names a reader may know: a grant's name and end, an assignment's end. Added only where the
 * reader may read that grant or assignment (a rule it may not read is dropped by the projection anyway).
 */
import type { UnixTime } from '../domain/types';
import type { AccessIndex } from './buildAccessIndex';
import type { ReadableView } from './readableView';
import type { Rule } from './types';

export interface RuleFacts {
  /** The grant's name. */
  name?: string;
  /** The grant's or assignment's end (0: none). */
  expire?: UnixTime;
}
export type NamedRule = Rule & RuleFacts;

/** Built once per answer (its lookups cover the world), then applied to each entry's rules. */
export function ruleNamer(ix: AccessIndex, view: ReadableView): (rules: readonly Rule[]) => NamedRule[] {
  const grants = new Map(ix.world.grants.map((g) => [g.id, g]));
  const assignments = new Map(ix.world.roleAssignments.map((a) => [a.id, a]));
  return (rules) =>
    rules.map((r): NamedRule => {
      if (r.kind === 'grant' || r.kind === 'subaccount-grant') {
        const g = grants.get(r.grantId);
        return g && view.may('grants', g.id) ? { ...r, name: g.name, expire: g.expire } : r;
      }
      if (r.kind === 'role') {
        const a = assignments.get(r.assignmentId);
        return a && view.may('role-assignments', a.id) ? { ...r, expire: a.expire } : r;
      }
      return r;
    });
}
