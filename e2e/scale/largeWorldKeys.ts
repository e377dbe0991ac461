/** Keys of a large world's personas, computed in Node from the same generator the browser runs. */
import { buildLargeWorld } from '../../mocks/db/largeWorld';
import { keepRootTokenUsable, largePersonas } from '../../mocks/db/largePersonas';
import type { LargePersona } from '../../mocks/db/largePersonas';
import { buildAccessIndex } from '../../src/permissions';

const cache = new Map<number, LargePersona[]>();

export function largePersonaKey(seed: number, id: LargePersona['id']): string {
  let personas = cache.get(seed);
  if (!personas) {
    const now = Math.floor(Date.now() / 1000);
    const world = buildLargeWorld(seed, { now });
    keepRootTokenUsable(world, now);
    personas = largePersonas(world, buildAccessIndex(world), now);
    cache.set(seed, personas);
  }
  const p = personas.find((x) => x.id === id);
  if (!p) throw new Error(`no persona ${id} in the large world of seed ${seed}`);
  return p.key;
}
