/**
 * `POST /platform/deleted/<sel>/restore`: puts records back with their id and configuration, through the
 * same checks as creating them (the create right, the module's guard of the type); all or nothing. Who
 * may not restore an entry (not a master token acting in its account, or an entry it does not see) finds
 * nothing there (404); a restore that cannot be done is a 409 with the reason (the account first, an ident
 * or URI taken, a create check refused: a limit reached, an escalation…). Memberships are not restored:
 * the answer lists them (`not_restored`).
 */
import { checkRoleDraft, checkTokenDraft, restoreConflict, restoreRefusal } from '../../../src/permissions';
import type { GuardResult } from '../../../src/permissions';
import { isInstanceType } from '../../../src/domain/types';
import type { Account, Grant, Instance, Role, RoleAssignment, Token, World } from '../../../src/domain/types';
import type { BinEntry } from '../../../src/domain/recycleBin';
import { plain, removeRecords } from '../../db/collections';
import type { LogInput } from '../../db/store';
import { HttpError } from '../../http/respond';
import type { Ctx } from '../../http/withPrincipal';
import { assignmentGuard, grantGuard } from '../platformResources';
import { answer } from '../route';
import { enforceCreate } from '../writeChecks';
import { selectEntries } from './binSelect';
import { originOf } from './binSelector';

/** The type's own guard on the record as a draft: the one its create runs. */
function guardOf(ctx: Ctx, e: BinEntry): GuardResult {
  const ix = ctx.store.index();
  if (e.type === 'tokens') {
    const { id: _i, key: _k, created: _c, accessed: _a, ...draft } = e.record as Token;
    return checkTokenDraft(ix, ctx.p, draft);
  }
  if (e.type === 'grants') return grantGuard({ ...ctx, ix }, e.record as Grant);
  if (e.type === 'role-assignments') return assignmentGuard({ ...ctx, ix }, e.record as RoleAssignment);
  if (e.type === 'roles') {
    const { id: _i, builtin: _b, ...draft } = e.record as Role;
    return checkRoleDraft(ix, ctx.p, draft);
  }
  return { ok: true };
}

/** Every check of a restore, against the world before it; the first refusal as a 409. */
export function checkRestore(ctx: Ctx, e: BinEntry): void {
  const origin = originOf(e);
  const conflict = restoreConflict(ctx.store.world, e);
  if (conflict) throw new HttpError(409, conflict);
  try {
    enforceCreate({ ...ctx, ix: ctx.store.index() }, e.type, e.cid, 0);
  } catch (err) {
    if (err instanceof HttpError) throw new HttpError(409, `Cannot restore ${origin}: ${err.message.replace(/^Item 0: /, '')}`);
    throw err;
  }
  const g = guardOf(ctx, e);
  if (!g.ok) throw new HttpError(409, `Cannot restore ${origin}: ${g.field}: ${g.refusal.message}`);
}

function putBack(w: World, e: BinEntry): void {
  if (e.type === 'subaccounts') w.accounts.push(e.record as Account);
  else if (e.type === 'tokens') w.tokens.push(e.record as Token);
  else if (e.type === 'grants') w.grants.push(e.record as Grant);
  else if (e.type === 'roles') w.roles.push(e.record as Role);
  else if (e.type === 'role-assignments') w.roleAssignments.push(e.record as RoleAssignment);
  else if (isInstanceType(e.type)) w.instances[e.type].push(e.record as Instance);
}

export const restoreHandler = (ctx: Ctx) => {
  const entries = selectEntries(ctx, (e) => restoreRefusal(ctx.store.index(), ctx.p, e) === null);
  for (const e of entries) checkRestore(ctx, e);
  if (entries.length === 0) return answer([]);
  ctx.store.mutate(ctx.author, (w) => {
    for (const e of entries) putBack(w, plain(e));
    removeRecords(w, w.deleted ?? [], new Set(entries.map((e) => e.id)));
    const logs: LogInput[] = entries.map((e) => ({ cid: e.cid, event: 'restored', item_type: e.type, item_id: e.item_id, changes: {} }));
    return { value: null, logs };
  });
  return answer(entries.map((e) => ({ origin: originOf(e), type: e.type, id: e.item_id, cid: e.cid, not_restored: e.unlinked })));
};
