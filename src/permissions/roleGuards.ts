/**
 * No escalation through roles: a custom role holds only valid permissions its creator holds over the
 * role's account; an assignment's scope must lie where the actor may assign, and the role may not give
 * more than the actor itself holds on that scope. "Holds" is the actor's own (branch or role, never through a
 * grant; see passOnRights.ts): a grantee cannot re-share.
 */
import type { Role, RoleAssignment } from '../domain/types';
import type { Engine } from './engine';
import { OK, check, escalation, fail, holdsOverAccount, invalid, isNonNegativeInt, principalGate } from './guardKit';
import { isPermission } from './permissionCatalog';
import { parseScope, scopeResolves } from './scope';
import { REFUSE } from './refusals';
import { scopeHeldBy } from './scopeHolding';
import { inBranch } from './worldTables';
import type { GuardResult, Principal } from './types';

export type RoleDraft = Omit<Role, 'id' | 'builtin'>;
export type AssignmentDraft = Omit<RoleAssignment, 'id'>;

export function checkRoleDraft(engine: Engine, p: Principal, draft: RoleDraft, existing?: Role): GuardResult {
  const gate = principalGate(engine, p);
  if (!gate.ok) return gate;
  if (existing) {
    if (existing.builtin) return { ok: false, status: 403, field: 'id', refusal: REFUSE.builtin() };
    const may = check(engine, p, { action: 'update', type: 'roles', id: existing.id }, 'id');
    if (!may.ok) return may;
  }
  if (!existing || existing.cid !== draft.cid) {
    const where = check(engine, p, { action: 'create', type: 'roles', cid: draft.cid }, 'cid');
    if (!where.ok) return where;
  }
  if (typeof draft.name !== 'string' || draft.name.trim() === '') return invalid('name', 'expected a non-empty name');
  if (!Array.isArray(draft.permissions)) return invalid('permissions', 'expected a list of TYPE:ACTION strings');
  for (const [i, perm] of draft.permissions.entries())
    if (typeof perm !== 'string' || !isPermission(perm)) return invalid(`permissions[${i}]`, `"${String(perm)}" is not a permission`);
  for (const [i, perm] of draft.permissions.entries())
    if (!holdsOverAccount(engine, p, draft.cid, perm)) return escalation(`permissions[${i}]`, `you do not hold ${perm} over account ${draft.cid}`);
  return OK;
}

export function checkAssignmentDraft(engine: Engine, p: Principal, draft: AssignmentDraft, existing?: RoleAssignment): GuardResult {
  const { wt } = engine;
  const gate = principalGate(engine, p);
  if (!gate.ok) return gate;
  if (existing) {
    const may = check(engine, p, { action: 'update', type: 'role-assignments', id: existing.id }, 'id');
    if (!may.ok) return may;
  }
  if (!existing || existing.cid !== draft.cid) {
    const where = check(engine, p, { action: 'create', type: 'role-assignments', cid: draft.cid }, 'cid');
    if (!where.ok) return where;
  }
  const role = wt.roles.get(draft.role_id);
  if (!role || !check(engine, p, { action: 'read', type: 'roles', id: role.id }, 'role_id').ok)
    return fail(404, 'role_id', 'not-visible', 'role_id: no such role.');
  const scope = parseScope(draft.scope);
  if (!scope) return invalid('scope', 'expected /accounts/{cid}, /accounts/{cid}/groups/{id} or /accounts/{cid}/{type}/{id}');
  if (!scopeResolves(wt, scope)) return fail(404, 'scope', 'not-visible', 'scope: not found.');
  if (!holdsOverAccount(engine, p, scope.cid, 'roles:assign')) {
    const readable =
      scope.kind === 'account'
        ? scope.cid === p.actingCid || check(engine, p, { action: 'read', type: 'subaccounts', id: scope.cid }, 'scope').ok
        : check(engine, p, { action: 'read', type: scope.type, id: scope.id }, 'scope').ok;
    if (!readable) return fail(404, 'scope', 'not-visible', 'scope: not found.');
    return escalation('scope', 'you may assign roles only within your own branch or where a role gives you roles:assign (never through a grant)');
  }
  if (!isNonNegativeInt(draft.expire)) return invalid('expire', 'expected a unix time (0 = never)');
  if (!role.builtin && !inBranch(wt, role.cid, scope.cid)) return escalation('role_id', "a custom role is assignable only within its owner's branch");
  const missing = scopeHeldBy(engine, p, scope, role.permissions);
  if (missing) return escalation('role_id', `the role gives ${missing}, which you do not hold on the scope`);
  // Last, where checkSubject (an account the author cannot see counts as unknown) answers the same.
  if (!wt.accounts.has(draft.subject_cid)) return invalid('subject_cid', 'unknown account');
  return OK;
}
