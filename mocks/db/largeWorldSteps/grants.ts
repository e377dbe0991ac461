import { INSTANCE_TYPES } from '../../../src/domain/types';
import type { Grant, GrantItem } from '../../../src/domain/types';
import type { LargeWorldGen } from './generator';
import type { Owned } from './instances';

/** Grants of random accounts: some on a subaccount below the grantor, the rest on its own instances. */
export function* grantsOf(g: LargeWorldGen, nGrants: number, children: Map<number, number[]>, owned: Owned): Generator<number, Grant[], void> {
  const { rand, pickOf, randomCid, now } = g;
  const descendants = (cid: number): number[] => {
    const out: number[] = [];
    const stack = [...(children.get(cid) ?? [])];
    while (stack.length > 0) {
      const c = stack.pop();
      if (c === undefined) break;
      out.push(c);
      stack.push(...(children.get(c) ?? []));
    }
    return out;
  };
  const grants: Grant[] = [];
  for (let i = 0; i < nGrants; i++) {
    const cid = randomCid();
    const items: GrantItem[] = [];
    const roll = rand();
    const below = roll < 0.12 ? descendants(cid) : [];
    if (below.length > 0) {
      const levels = (['read', 'create-devices', 'operate-as'] as const).filter((l) => l === 'read' || rand() < 0.3);
      items.push({ type: 'subaccounts', ids: [pickOf(below) ?? cid], access: [...levels] });
    } else {
      const type = rand() < 0.6 ? 'devices' : (pickOf(INSTANCE_TYPES) ?? 'channels');
      const mine = owned[type].get(cid) ?? [];
      const access = (['read', 'edit', 'delete', 'command'] as const).filter((l) => l === 'read' || (rand() < 0.3 && (l !== 'command' || type === 'devices')));
      const ids = roll < 0.3 || mine.length === 0 ? 'all' : [...new Set([pickOf(mine) ?? 0, pickOf(mine) ?? 0, pickOf(mine) ?? 0])];
      items.push({ type, ids, access: [...access] });
    }
    const grantees = [...new Set([randomCid(), ...(rand() < 0.3 ? [randomCid()] : [])])];
    grants.push({ id: i + 1, cid, name: `grant ${i + 1}`, items, subaccounts: grantees, expire: rand() < 0.05 ? now - 60 : 0, enabled: rand() > 0.03 });
    if (g.worked()) yield g.progress();
  }
  return grants;
}
