/** Plain-language explanations of rules and decisions (for the explorer and refusal details). */
import type { Decision, Rule } from './types';

export function describeRule(rule: Rule): string {
  switch (rule.kind) {
    case 'branch':
      return rule.ownerCid === rule.actingCid
        ? `owned by account ${rule.ownerCid} itself`
        : `in the branch of account ${rule.actingCid} (owner: account ${rule.ownerCid})`;
    case 'grant':
      return `grant #${rule.grantId} from account ${rule.grantorCid}, level ${rule.level}`;
    case 'subaccount-grant':
      return `grant #${rule.grantId} on subaccount ${rule.subaccountCid} as a whole, level ${rule.level}`;
    case 'role':
      return `role "${rule.roleName}" (#${rule.roleId}) over ${rule.scope}, assignment #${rule.assignmentId}`;
    case 'catalog':
      return rule.ownerCid === 0
        ? `built-in role #${rule.roleId}`
        : `role #${rule.roleId} of ancestor account ${rule.ownerCid}, assignable here`;
  }
}

export function explainDecision(d: Decision): string {
  if (d.allowed) return `Allowed by: ${d.rules.map(describeRule).join('; ')}.`;
  return `Refused (${d.status}, ${d.refusal?.code ?? 'no-rule'}): ${d.refusal?.message ?? 'nothing gives this right.'}`;
}
