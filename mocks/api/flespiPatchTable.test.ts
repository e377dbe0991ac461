import { describe, expect, it } from 'vitest';
import { COLLECTION_BASES } from '../../src/contracts/endpoints';
import type { CollectionType } from '../../src/contracts/endpoints';
import { FLESPI_PATCH_TYPES, updateMethod } from '../../src/contracts/serverCollections';
import { FLESPI_ROUTES } from './flespiRoutes';

describe('PUT where PATCH is missing', () => {
  const types = Object.keys(COLLECTION_BASES) as CollectionType[];
  it("FLESPI_PATCH_TYPES are exactly the collections flespi's own routes have PATCH on", () => {
    const patchable = types.filter((t) => FLESPI_ROUTES.includes(`PATCH ${COLLECTION_BASES[t]}/*`));
    expect([...FLESPI_PATCH_TYPES].sort()).toEqual(patchable.sort());
  });
  it('every collection flespi has is changed with a method flespi serves', () => {
    for (const t of types.filter((t) => FLESPI_ROUTES.includes(`GET ${COLLECTION_BASES[t]}/*`)))
      expect(FLESPI_ROUTES, t).toContain(`${updateMethod(t, [])} ${COLLECTION_BASES[t]}/*`);
  });
  it('PATCH everywhere on our backend; PUT on tokens against flespi', () => {
    expect(types.map((t) => updateMethod(t, ['patch']))).toEqual(types.map(() => 'PATCH'));
    expect(updateMethod('tokens', [])).toBe('PUT');
    expect(updateMethod('devices', [])).toBe('PATCH');
  });
});
