import type { Account } from '../../../src/domain/types';
import type { LargeWorldGen } from './generator';

/** The account tree: the root (id 1), then accounts up to depth 4, each under an earlier one. */
export function* accountTree(g: LargeWorldGen, nAccounts: number): Generator<number, { accounts: Account[]; children: Map<number, number[]> }, void> {
  const { rand, int, pickOf } = g;
  const accounts: Account[] = [{ id: 1, name: 'Root', owner_id: 0, blocked: false }];
  const depth = [0, 0];
  const parentable: number[] = [1];
  const children = new Map<number, number[]>();
  for (let id = 2; id <= nAccounts; id++) {
    // Prefer recent accounts as parents so the tree gets deep quickly.
    const parent = rand() < 0.5 ? (parentable[parentable.length - 1 - int(Math.min(20, parentable.length))] ?? 1) : (pickOf(parentable) ?? 1);
    const d = (depth[parent] ?? 0) + 1;
    depth[id] = d;
    accounts.push({ id, name: `Account ${id}`, owner_id: parent, blocked: rand() < 0.003 });
    if (d < 4) parentable.push(id);
    const kids = children.get(parent) ?? [];
    kids.push(id);
    children.set(parent, kids);
    if (g.worked()) yield g.progress();
  }
  return { accounts, children };
}
