/**
 * The worlds of the Cedar differential property: the module's random worlds, where an instance a grant lists is
 * seldom its grantor's (the grant then gives nothing); here the first instance each grant item lists is made
 * the grantor's, so that levels decide.
 */
import type { World } from '../../domain/types';
import { worldArb } from '../../permissions/test/worldArb';

export const decisiveWorldArb = worldArb.map(({ world, acting }) => {
  const owner = new Map<string, number>();
  for (const g of world.grants)
    for (const item of g.items)
      if (item.type !== 'subaccounts' && Array.isArray(item.ids) && item.ids[0] !== undefined) owner.set(`${item.type}/${item.ids[0]}`, g.cid);
  const instances = Object.fromEntries(
    Object.entries(world.instances).map(([type, list]) => [type, list.map((i) => ({ ...i, cid: owner.get(`${type}/${i.id}`) ?? i.cid }))]),
  ) as World['instances'];
  return { world: { ...world, instances }, acting };
});
