/**
 * What an account holds against its limit and the limits above it: its own items plus its whole
 * subtree's (the parent is responsible for its children). A create (and a restore or a move) that would
 * take any account of the chain past its limit is refused with a 409 naming the limit and the account in
 * names the caller reads; a limit it cannot read is "a limit above your account".
 */
import { UNBOUNDED } from '../domain/limits';
import type { Limit, LimitCounts, LimitType } from '../domain/limits';
import { INSTANCE_TYPES } from '../domain/types';
import type { Cid, World } from '../domain/types';
import { accountChain, mayReadLimit } from './limits';
import type { Principal } from './types';

/** `cid` and every account below it. */
export function subtreeOf(world: World, cid: Cid): Set<Cid> {
  const children = new Map<Cid, Cid[]>();
  for (const a of world.accounts) if (a.id !== a.owner_id) children.set(a.owner_id, [...(children.get(a.owner_id) ?? []), a.id]);
  const out = new Set<Cid>([cid]);
  const stack = [cid];
  for (let c = stack.pop(); c !== undefined; c = stack.pop())
    for (const k of children.get(c) ?? []) {
      if (out.has(k)) continue;
      out.add(k);
      stack.push(k);
    }
  return out;
}

/** Per type, what `cid` and its subtree hold (`subaccounts`: the accounts below it). */
export function limitUsage(world: World, cid: Cid): LimitCounts {
  const tree = subtreeOf(world, cid);
  const inTree = (list: ReadonlyArray<{ cid: Cid }>) => list.reduce((n, r) => n + (tree.has(r.cid) ? 1 : 0), 0);
  const counts = Object.fromEntries(INSTANCE_TYPES.map((t) => [t, inTree(world.instances[t])])) as Record<(typeof INSTANCE_TYPES)[number], number>;
  return { ...counts, tokens: inTree(world.tokens), subaccounts: tree.size - 1 };
}

const limitOf = (world: World, cid: Cid): Limit | undefined => {
  const id = world.accounts.find((a) => a.id === cid)?.limit_id;
  return id ? (world.limits ?? []).find((l) => l.id === id) : undefined;
};

/** Is any account of `cid`'s chain limited? (Cheap: counting happens only then.) */
export const limitedChain = (world: World, cid: Cid): boolean => (world.limits ?? []).length > 0 && accountChain(world, cid).some((c) => limitOf(world, c));

export interface LimitBreach {
  limit: Limit;
  /** The limited account whose limit would be passed. */
  cid: Cid;
  type: LimitType;
  used: number;
}

/**
 * The first account of `cid`'s chain (itself first) whose limit `adding` more of `type` would pass, or null.
 * `already`: accounts that hold the items already (a move's old chain), not counted again.
 */
export function limitBreach(world: World, cid: Cid, type: LimitType, adding = 1, already?: ReadonlySet<Cid>): LimitBreach | null {
  if (!limitedChain(world, cid)) return null;
  for (const c of accountChain(world, cid)) {
    if (already?.has(c)) continue;
    const limit = limitOf(world, c);
    if (!limit || limit[type] === UNBOUNDED) continue;
    const used = limitUsage(world, c)[type];
    if (used + adding > limit[type]) return { limit, cid: c, type, used };
  }
  return null;
}

/**
 * The sentence of a breach for the principal: the limit and its account by name when the token's own
 * account reads the limit (acting in its own branch: acting as a subaccount it manages changes nothing it
 * knows), else "a limit above your account". Reading the limit means managing its owner, the limited
 * account's parent, so the account is in the token's branch and known to it.
 */
export function limitBreachText(world: World, p: Principal, b: LimitBreach): string {
  const own = accountChain(world, p.actingCid).includes(p.token.cid) ? { ...p, actingCid: p.token.cid } : p;
  if (!mayReadLimit(world, own, b.limit)) return `A limit above your account allows no more ${b.type} here.`;
  const name = world.accounts.find((a) => a.id === b.cid)?.name ?? '';
  return `Limit "${b.limit.name}" of account "${name}" (#${b.cid}) allows ${b.limit[b.type]} ${b.type}; it holds ${b.used} (with its subaccounts).`;
}
