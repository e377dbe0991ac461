/** What a deleted account takes with it (issue 18): the accounts below it and every instance of it and of them. */
import { INSTANCE_TYPES } from '../domain/types';
import type { Cid, InstanceType, World } from '../domain/types';

export interface Subtree {
  /** The accounts below the given ones (not those themselves), nearest first. */
  accounts: Cid[];
  /** Instances owned by the given accounts or those below them, per type. */
  instances: Array<{ type: InstanceType; ids: number[] }>;
}

export function accountSubtree(world: World, ids: ReadonlySet<Cid>): Subtree {
  const all = new Set(ids);
  const below: Cid[] = [];
  for (let grew = true; grew;) {
    grew = false;
    for (const a of world.accounts)
      if (!all.has(a.id) && all.has(a.owner_id)) {
        all.add(a.id);
        below.push(a.id);
        grew = true;
      }
  }
  const instances = INSTANCE_TYPES.map((type) => ({ type, ids: world.instances[type].filter((i) => all.has(i.cid)).map((i) => i.id) })).filter(
    (x) => x.ids.length,
  );
  return { accounts: below, instances };
}
