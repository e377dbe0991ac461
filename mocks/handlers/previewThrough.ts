/** The draft of a preview in words, under the name typed for it ("the new grant “Share Reefer 13”"). */
import type { Grant, RoleAssignment } from '../../src/domain/types';
import type { Ctx } from '../http/withPrincipal';
import type { ViewNames } from './viewNames';

interface Drafted {
  grant?: Omit<Grant, 'id' | 'cid'> & { id?: number; cid?: number };
  assignment?: Omit<RoleAssignment, 'id' | 'cid'> & { id?: number; cid?: number };
  remove?: { type: 'grants' | 'role-assignments'; id: number };
}

export function throughWords(ctx: Ctx, names: ViewNames, d: Drafted): string {
  const w = ctx.store.world;
  if (d.grant) {
    const typed = d.grant.name.trim();
    const called = typed ? ` “${typed}”` : '';
    return d.grant.id === undefined ? `the new grant${called}` : `grant${called} as changed`;
  }
  if (d.assignment) {
    const a = { ...d.assignment, id: d.assignment.id ?? 0, cid: d.assignment.cid ?? ctx.p.actingCid };
    return d.assignment.id === undefined ? `the new assignment of ${names.assignment(a)}` : `the assignment of ${names.assignment(a)} as changed`;
  }
  const r = d.remove;
  if (r?.type === 'grants') {
    const g = w.grants.find((x) => x.id === r.id);
    return g ? `removing ${names.grant(g)}` : 'removing the grant';
  }
  const a = w.roleAssignments.find((x) => x.id === r?.id);
  return a ? `removing the assignment of ${names.assignment(a)}` : 'removing the assignment';
}
