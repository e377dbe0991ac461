/**
 * The lock-out guard: changes that would cut the acting principal (or everyone) off. The backend refuses
 * them with 409 unless confirmed (only where confirming is safe); the UI asks the same question before
 * the click. Rules (NOTES-team.md): the last active master token of the root account can never be
 * disabled or deleted, nor the root account blocked; disabling/deleting the calling token, blocking the account it acts from, or
 * removing a grant/role assignment the principal's own access depends on needs an explicit confirmation.
 */
import type { World } from '../domain/types';
import type { AccessIndex } from './buildAccessIndex';
import { buildAccessIndex } from './buildAccessIndex';
import { DIFF_TYPES } from './diffAccess';
import { dropReferences } from './references';
import { isRootAccount } from './rootAccount';
import { isMaster, tokenState } from './tokenFacts';
import type { Principal, RecordType } from './types';

export const LOCKOUT_CHANGES = ['disable', 'delete', 'block'] as const;
export type LockoutChange = (typeof LOCKOUT_CHANGES)[number];

export interface LockoutTarget {
  type: RecordType;
  ids: readonly number[];
  /** disable: tokens (also a master token made non-master) and grants; block: subaccounts; delete: any. */
  change: LockoutChange;
}

export type LockoutCode = 'last-root-master' | 'own-token' | 'own-account' | 'own-access';

export interface LockoutRisk {
  code: LockoutCode;
  /** A sentence safe to show: names only records the principal is changing (so it can see them). */
  message: string;
  /** Whether an explicit confirmation lets the change through (never for the last root master token). */
  confirmable: boolean;
}

const verb = (c: LockoutChange): string => (c === 'disable' ? 'Disabling' : c === 'block' ? 'Blocking' : 'Deleting');

/** The root account's master tokens that can still be used (enabled, not expired). */
function activeRootMasters(world: World, now: number): number[] {
  const roots = new Set(world.accounts.filter(isRootAccount).map((a) => a.id));
  return world.tokens.filter((t) => roots.has(t.cid) && isMaster(t) && tokenState(t, now).state === 'active').map((t) => t.id);
}

function lastRootMaster(world: World, target: LockoutTarget, now: number): LockoutRisk | null {
  if (target.type !== 'tokens') return null;
  const active = activeRootMasters(world, now);
  const ids = new Set(target.ids);
  if (!active.some((id) => ids.has(id)) || active.some((id) => !ids.has(id))) return null;
  const names = world.tokens.filter((t) => active.includes(t.id)).map((t) => `“${t.info || `#${t.id}`}”`);
  return {
    code: 'last-root-master',
    message: `${verb(target.change)} token ${names.join(', ')} would leave the root account without an enabled master token; create another master token for the root account first.`,
    confirmable: false,
  };
}

/** Blocking or deleting the root account would leave nobody a way in, confirmed or not. */
function rootAccount(world: World, target: LockoutTarget): LockoutRisk | null {
  if (target.type !== 'subaccounts') return null;
  const root = world.accounts.find((a) => isRootAccount(a) && target.ids.includes(a.id));
  if (!root) return null;
  return {
    code: 'last-root-master',
    message: `${verb(target.change)} the root account “${root.name}” would leave every token of the platform unusable; it can never be ${target.change === 'delete' ? 'deleted' : 'blocked'}.`,
    confirmable: false,
  };
}

/** The world after the change (on a copy). */
function applied(world: World, target: LockoutTarget): World {
  const w = structuredClone(world);
  const ids = new Set(target.ids);
  if (target.type === 'tokens') {
    w.tokens = target.change === 'delete' ? w.tokens.filter((t) => !ids.has(t.id)) : w.tokens.map((t) => (ids.has(t.id) ? { ...t, enabled: false } : t));
  } else if (target.type === 'grants') {
    w.grants = target.change === 'delete' ? w.grants.filter((g) => !ids.has(g.id)) : w.grants.map((g) => (ids.has(g.id) ? { ...g, enabled: false } : g));
  } else if (target.type === 'role-assignments') {
    w.roleAssignments = w.roleAssignments.filter((a) => !ids.has(a.id));
  } else if (target.type === 'subaccounts') {
    if (target.change === 'delete') {
      dropReferences(w, { type: 'subaccounts', ids: target.ids });
      w.accounts = w.accounts.filter((a) => !ids.has(a.id));
    } else w.accounts = w.accounts.map((a) => (ids.has(a.id) ? { ...a, blocked: true } : a));
  }
  return w;
}

/** Could this change touch the principal's own rights at all? (Keeps the costly simulation rare.) */
function mayConcern(world: World, p: Principal, target: LockoutTarget): boolean {
  const own = new Set([p.token.cid, p.actingCid]);
  const ids = new Set(target.ids);
  switch (target.type) {
    case 'tokens':
      return ids.has(p.token.id);
    case 'subaccounts':
      return [p.token.cid, p.actingCid].some((c) => ancestry(world, c).some((a) => ids.has(a)));
    case 'grants':
      return world.grants.some((g) => ids.has(g.id) && g.subaccounts.some((c) => own.has(c)));
    case 'role-assignments':
      return world.roleAssignments.some((a) => ids.has(a.id) && own.has(a.subject_cid));
    default:
      return false;
  }
}

/** The account and its ancestors. */
function ancestry(world: World, cid: number): number[] {
  const parent = new Map(world.accounts.map((a) => [a.id, a.owner_id]));
  const out: number[] = [];
  for (let c: number | undefined = cid; c !== undefined && c !== 0 && !out.includes(c); c = parent.get(c)) out.push(c);
  return out;
}

/** Records the principal can read now but not after (the changed records themselves left out). */
function lostCount(before: AccessIndex, after: AccessIndex, p: Principal, q: Principal, target: LockoutTarget): number {
  let lost = 0;
  for (const type of DIFF_TYPES) {
    const kept = new Set(after.visibleIds(q, type));
    const changed = new Set(type === target.type ? target.ids : []);
    lost += before.visibleIds(p, type).filter((id) => !kept.has(id) && !changed.has(id)).length;
  }
  return lost;
}

/** Why this change would lock someone out (null: it would not). Pure: simulates on a copy. */
export function lockoutRisk(ix: AccessIndex, p: Principal, target: LockoutTarget): LockoutRisk | null {
  const world = ix.world;
  const last = lastRootMaster(world, target, p.now) ?? rootAccount(world, target);
  if (last) return last;
  if (!mayConcern(world, p, target)) return null;
  if (target.type === 'tokens') {
    return { code: 'own-token', message: `${verb(target.change)} the token you are using signs you out of this session.`, confirmable: true };
  }
  const after = buildAccessIndex(applied(world, target));
  const header = p.actingCid === p.token.cid ? null : String(p.actingCid);
  const still = after.principal(p.token.key, header, p.now);
  if (!still.ok) {
    const what = target.type === 'subaccounts' ? 'own-account' : 'own-access';
    return { code: what, message: `${verb(target.change)} it cuts off the token you are using: ${still.refusal.message}`, confirmable: true };
  }
  if (target.type === 'subaccounts') return null;
  const lost = lostCount(ix, after, p, still.principal, target);
  if (lost === 0) return null;
  return {
    code: 'own-access',
    message: `${verb(target.change)} it takes away your own access to ${lost} record(s) you can reach now through it.`,
    confirmable: true,
  };
}
