/** Descriptors of the platform collections: subaccounts, tokens, grants, roles, role assignments. */
import * as s from '../../src/contracts/schemas';
import {
  accountLockoutChange,
  accountSubtree,
  assignmentLockoutChange,
  checkAssignmentDraft,
  checkGrantDraft,
  checkLimitAssignment,
  checkGrantees,
  checkRoleDraft,
  checkSubject,
  checkTokenDraft,
  grantLockoutChange,
  inUse,
  inUseText,
  readableView,
  REFUSE,
  tokenLockoutChange,
} from '../../src/permissions';
import type { GuardResult } from '../../src/permissions';
import type { Account, Grant, Permission, Role, RoleAssignment, Token } from '../../src/domain/types';
import { nowSeconds } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { dropSubtree } from './recycleBin/subtreeDelete';
import { COLLECTION_BASES } from '../../src/contracts/endpoints';
import { collectionHandlers } from './resource';

const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(64));
  return Array.from(bytes, (b) => KEY_CHARS[b % KEY_CHARS.length]).join('');
}

type AccountRec = Account & { cid: number };

export const subaccounts = collectionHandlers({
  type: 'subaccounts',
  base: COLLECTION_BASES.subaccounts,
  list: (w) => w.accounts as AccountRec[],
  createSchema: s.accountCreate,
  updateSchema: s.accountUpdate,
  build: (input, cid, id): AccountRec => ({
    id,
    cid,
    name: input.name,
    owner_id: cid,
    blocked: input.blocked ?? false,
    ...(input.metadata ? { metadata: input.metadata } : {}),
    ...(input.limit_id ? { limit_id: input.limit_id } : {}),
  }),
  guard: (ctx, a, existing) => checkLimitAssignment(ctx.store.world, ctx.p, a, existing),
  present: (a) => ({ ...a, cid: a.owner_id }),
  // Issue 18: an account goes with everything below it (into the recycle bin), never with the caller's own way in.
  deleteConflict: (ctx, a) => {
    const gone = new Set([a.id, ...accountSubtree(ctx.store.world, new Set([a.id])).accounts]);
    return gone.has(ctx.p.token.cid) || gone.has(ctx.p.actingCid) ? `Deleting account ${a.id} would delete the account you sign in with or act as.` : null;
  },
  afterDelete: (w, ids) => dropSubtree(w, ids),
  lockout: (before, after) => accountLockoutChange(before, after),
});

export const tokens = collectionHandlers({
  type: 'tokens',
  base: COLLECTION_BASES.tokens,
  list: (w) => w.tokens,
  createSchema: s.tokenCreate,
  updateSchema: s.tokenUpdate,
  build: (input, cid, id): Token => {
    const now = nowSeconds();
    const { cid: _c, ...rest } = input;
    return { ...rest, id, cid, key: randomKey(), created: now, accessed: 0, access: { type: input.access.type, acl: input.access.acl } };
  },
  guard: (ctx, t, existing) => {
    const { id: _i, key: _k, created: _c, accessed: _a, ...draft } = t;
    return checkTokenDraft(ctx.ix, ctx.p, draft, existing);
  },
  lockout: (before, after) => tokenLockoutChange(before, after, nowSeconds()),
});

/** The module's grant guard, then grantees the author cannot see (as if absent): saving and previewing alike. */
export function grantGuard(ctx: Ctx, g: Grant, existing?: Grant): GuardResult {
  const { id: _i, ...draft } = g;
  const guard = checkGrantDraft(ctx.ix, ctx.p, draft, existing);
  return guard.ok ? checkGrantees(ctx.ix, ctx.p, draft, existing) : guard;
}

export function assignmentGuard(ctx: Ctx, a: RoleAssignment, existing?: RoleAssignment): GuardResult {
  const { id: _i, ...draft } = a;
  const guard = checkAssignmentDraft(ctx.ix, ctx.p, draft, existing);
  return guard.ok ? checkSubject(ctx.ix, ctx.p, draft, existing) : guard;
}

export const grants = collectionHandlers({
  type: 'grants',
  base: COLLECTION_BASES.grants,
  list: (w) => w.grants,
  createSchema: s.grantCreate,
  updateSchema: s.grantUpdate,
  build: (input, cid, id): Grant => ({
    id,
    cid,
    name: input.name,
    items: input.items,
    subaccounts: input.subaccounts,
    expire: input.expire,
    enabled: input.enabled,
  }),
  guard: (ctx, g, existing) => grantGuard(ctx, g, existing),
  lockout: (before, after) => grantLockoutChange(before, after, nowSeconds()),
});

export const roles = collectionHandlers({
  type: 'roles',
  base: COLLECTION_BASES.roles,
  list: (w) => w.roles,
  createSchema: s.roleCreate,
  updateSchema: s.roleUpdate,
  build: (input, cid, id): Role => ({
    id,
    cid,
    name: input.name,
    description: input.description,
    builtin: false,
    permissions: input.permissions as Permission[],
  }),
  guard: (ctx, r, existing) => {
    const { id: _i, builtin: _b, ...draft } = r;
    return checkRoleDraft(ctx.ix, ctx.p, draft, existing);
  },
  deleteConflict: (ctx, r) => {
    // Counted as the caller reads them (hidden means uncounted).
    const used = ctx.store.world.roleAssignments.filter((a) => a.role_id === r.id).map((a) => ({ type: 'role-assignments' as const, id: a.id }));
    if (used.length === 0) return null;
    return REFUSE.roleInUse(r.name, inUseText(inUse(readableView(ctx.ix, ctx.p), used), 'assignment')).message;
  },
});

export const roleAssignments = collectionHandlers({
  type: 'role-assignments',
  base: COLLECTION_BASES['role-assignments'],
  list: (w) => w.roleAssignments,
  createSchema: s.roleAssignmentCreate,
  updateSchema: s.roleAssignmentUpdate,
  build: (input, cid, id): RoleAssignment => ({ id, cid, role_id: input.role_id, subject_cid: input.subject_cid, scope: input.scope, expire: input.expire }),
  guard: (ctx, a, existing) => assignmentGuard(ctx, a, existing),
  lockout: (before, after) => assignmentLockoutChange(before, after, nowSeconds()),
});
