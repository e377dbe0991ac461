/** The branch as a tree, and instance counts per account: pure helpers of the Subaccounts screens. */
import type { Account, Cid } from '../../../domain/types';

export interface TreeNode<A extends Pick<Account, 'id' | 'owner_id' | 'name'>> {
  account: A;
  children: TreeNode<A>[];
}

/**
 * Accounts whose parent is not in the list are the tree's roots (the acting account's children),
 * siblings sorted by name; a parent cycle in bad data cannot loop (each account is placed once).
 */
export function buildTree<A extends Pick<Account, 'id' | 'owner_id' | 'name'>>(accounts: readonly A[]): TreeNode<A>[] {
  const byParent = new Map<Cid, A[]>();
  const ids = new Set(accounts.map((a) => a.id));
  for (const a of accounts) byParent.set(a.owner_id, [...(byParent.get(a.owner_id) ?? []), a]);
  const placed = new Set<Cid>();
  const nodes = (list: readonly A[]): TreeNode<A>[] =>
    [...list]
      .sort((x, y) => x.name.localeCompare(y.name, undefined, { numeric: true, sensitivity: 'base' }))
      .filter((a) => !placed.has(a.id) && placed.add(a.id))
      .map((a) => ({ account: a, children: nodes(byParent.get(a.id) ?? []) }));
  return nodes(accounts.filter((a) => !ids.has(a.owner_id)));
}

/** How many of the given records each account owns. */
export function countByCid(records: readonly { cid: Cid }[]): Map<Cid, number> {
  const counts = new Map<Cid, number>();
  for (const r of records) counts.set(r.cid, (counts.get(r.cid) ?? 0) + 1);
  return counts;
}
