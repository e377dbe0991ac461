/** The "Assign role" form as plain data, and the assignment it makes (or the fields it still lacks). */
import { readExpiryDate } from '../../../../components/ExpiryDateField';
import type { Cid, InstanceType, RoleAssignment } from '../../../../domain/types';
import { formatScope } from '../../../../permissions';

export type ScopeKind = 'account' | 'instance';

export interface AssignmentForm {
  roleId: number | null;
  subject: Cid | null;
  scopeKind: ScopeKind;
  /** For an account scope. */
  scopeAccount: Cid | null;
  /** For an instance scope (a group counts: the group and its member devices). */
  scopeType: InstanceType;
  scopeItem: { id: number; cid: Cid } | null;
  /** `YYYY-MM-DD` (the end of that local day), or '' for never. */
  expiry: string;
}

export type AssignmentDraft = Pick<RoleAssignment, 'role_id' | 'subject_cid' | 'scope' | 'expire'>;

export type DraftErrors = Partial<Record<'role' | 'subject' | 'scope' | 'expiry', string>>;

export const emptyAssignmentForm = (subject: Cid | null = null): AssignmentForm => ({
  roleId: null,
  subject,
  scopeKind: 'account',
  scopeAccount: null,
  scopeType: 'groups',
  scopeItem: null,
  expiry: '',
});

/** The scope of an assignment started from an item's page: that account, or that one instance. */
export type ScopePrefill = { kind: 'account'; cid: Cid } | { kind: 'instance'; type: InstanceType; id: number; cid: Cid; name?: string };

export function prefilledAssignmentForm(roleId: number | null, scope: ScopePrefill | undefined): AssignmentForm {
  const form = { ...emptyAssignmentForm(), roleId };
  if (!scope) return form;
  if (scope.kind === 'account') return { ...form, scopeKind: 'account', scopeAccount: scope.cid };
  return { ...form, scopeKind: 'instance', scopeType: scope.type, scopeItem: { id: scope.id, cid: scope.cid } };
}

export function assignmentDraft(form: AssignmentForm, now: number): { ok: true; draft: AssignmentDraft } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (form.roleId === null) errors.role = 'Role: pick one.';
  if (form.subject === null) errors.subject = 'Subject: pick the account that gets the role.';
  let scope: string | null = null;
  if (form.scopeKind === 'account') {
    if (form.scopeAccount === null) errors.scope = 'Scope: pick an account.';
    else scope = formatScope({ kind: 'account', cid: form.scopeAccount });
  } else if (form.scopeItem === null) {
    errors.scope = `Scope: pick one of the ${form.scopeType}.`;
  } else {
    scope = formatScope({ kind: 'instance', cid: form.scopeItem.cid, type: form.scopeType, id: form.scopeItem.id });
  }
  const expiry = readExpiryDate(form.expiry, now);
  if ('error' in expiry) errors.expiry = expiry.error;
  const expire = 'expire' in expiry ? expiry.expire : 0;
  if (Object.keys(errors).length > 0 || form.roleId === null || form.subject === null || scope === null) return { ok: false, errors };
  return { ok: true, draft: { role_id: form.roleId, subject_cid: form.subject, scope, expire } };
}
