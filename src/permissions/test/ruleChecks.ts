/** Test helpers: a canonical text for rules (independent of the module's own keys), and "does this rule exist". */
import type { Cid, World } from '../../domain/types';
import type { Rule } from '../types';
import { findRole, isInBranchOf } from './oracleWorld';
import type { Role } from '../../domain/types';

export const ruleText = (r: Rule): string => {
  switch (r.kind) {
    case 'branch':
      return `branch owner=${r.ownerCid} acting=${r.actingCid}`;
    case 'grant':
      return `grant ${r.grantId} from=${r.grantorCid} level=${r.level}`;
    case 'subaccount-grant':
      return `subaccount-grant ${r.grantId} sub=${r.subaccountCid} level=${r.level}`;
    case 'role':
      return `role asg=${r.assignmentId} role=${r.roleId} name=${r.roleName} scope=${r.scope}`;
    case 'catalog':
      return `catalog role=${r.roleId} owner=${r.ownerCid}`;
  }
};

export const ruleSet = (rules: readonly Rule[]): string[] => [...new Set(rules.map(ruleText))].sort();

/** Whether a rule names things that really exist in the world, with the facts it states. */
export function ruleExists(w: World, builtins: readonly Role[], actingCid: Cid, r: Rule): boolean {
  switch (r.kind) {
    case 'branch':
      return isInBranchOf(w, r.actingCid, r.ownerCid) && r.actingCid === actingCid;
    case 'grant': {
      const g = w.grants.find((x) => x.id === r.grantId);
      if (!g || g.cid !== r.grantorCid || !g.subaccounts.includes(actingCid)) return false;
      return r.level === 'read' || g.items.some((i) => i.type !== 'subaccounts' && (i.access as string[]).includes(r.level));
    }
    case 'subaccount-grant': {
      const g = w.grants.find((x) => x.id === r.grantId);
      if (!g || !g.subaccounts.includes(actingCid)) return false;
      return g.items.some(
        (i) => i.type === 'subaccounts' && i.ids.includes(r.subaccountCid) && (r.level === 'read' || (i.access as string[]).includes(r.level)),
      );
    }
    case 'role': {
      const a = w.roleAssignments.find((x) => x.id === r.assignmentId);
      return !!a && a.role_id === r.roleId && a.scope === r.scope && a.subject_cid === actingCid;
    }
    case 'catalog':
      return findRole(w, builtins, r.roleId)?.cid === r.ownerCid;
  }
}
