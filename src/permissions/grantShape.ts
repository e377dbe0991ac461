/**
 * A grant's own shape, checked the same way by the backend's grant guard and by the panel's grant form:
 * one function, so the form never refuses what saving accepts nor accepts what saving refuses.
 * Decided (issue 16): a grant with no grantees, or with no items, is legitimate (grantees are linked and
 * unlinked one by one, and unlinking the last leaves exactly that); the grantor as its own grantee is not.
 */
import type { Grant, GrantItem } from '../domain/types';
import type { FieldProblem } from './tokenFields';

export type GrantShape = Pick<Grant, 'cid' | 'subaccounts'> & { items: readonly GrantItem[] };

/** Every problem of a grant draft's shape, in field order; `existing`: a self-grant stored before may stay. */
export function grantShapeProblems(draft: GrantShape, existing?: Pick<Grant, 'cid' | 'subaccounts'>): FieldProblem[] {
  const out: FieldProblem[] = [];
  const storedSelf = existing?.cid === draft.cid && existing.subaccounts.includes(draft.cid);
  if (draft.subaccounts.includes(draft.cid) && !storedSelf) out.push({ field: 'subaccounts', message: 'the grantor cannot be its own grantee' });
  draft.items.forEach((item, i) => {
    if (item.access.length === 0) out.push({ field: `items[${i}].access`, message: 'pick at least one level' });
    if (item.ids !== 'all' && item.ids.length === 0)
      out.push({ field: `items[${i}].ids`, message: item.type === 'subaccounts' ? 'pick the subaccounts' : 'pick instances, or share all of them' });
  });
  return out;
}
