/**
 * The account tree as the access model sees it: every account whose parent chain reaches a root
 * (owner_id 0, or a parent that does not exist). Accounts caught in a cycle are outside the tree.
 */
import type { Account, Cid, World } from '../domain/types';

export interface AccountTree {
  /** Accounts in the tree, parents before children. */
  order: Account[];
  parent: ReadonlyMap<Cid, Cid | null>;
  depth: ReadonlyMap<Cid, number>;
  has(cid: Cid): boolean;
  /** `cid` is `root` or below it. */
  inBranch(root: Cid, cid: Cid): boolean;
}

export function accountTree(world: World): AccountTree {
  const byId = new Map(world.accounts.map((a) => [a.id, a]));
  const children = new Map<Cid, Account[]>();
  const roots: Account[] = [];
  for (const a of byId.values()) {
    if (a.owner_id !== 0 && a.owner_id !== a.id && byId.has(a.owner_id)) children.set(a.owner_id, [...(children.get(a.owner_id) ?? []), a]);
    else roots.push(a);
  }
  const order: Account[] = [];
  const parent = new Map<Cid, Cid | null>();
  const depth = new Map<Cid, number>();
  const stack = roots.map((a) => ({ a, d: 0, p: null as Cid | null })).reverse();
  for (let top = stack.pop(); top; top = stack.pop()) {
    if (depth.has(top.a.id)) continue;
    order.push(top.a);
    parent.set(top.a.id, top.p);
    depth.set(top.a.id, top.d);
    for (const c of [...(children.get(top.a.id) ?? [])].reverse()) stack.push({ a: c, d: top.d + 1, p: top.a.id });
  }
  const inBranch = (root: Cid, cid: Cid): boolean => {
    if (!depth.has(root)) return false;
    for (let c: Cid | null | undefined = cid; c !== null && c !== undefined; c = parent.get(c)) if (c === root) return true;
    return false;
  };
  return { order, parent, depth, has: (cid) => depth.has(cid), inBranch };
}
