import { describe, expect, it } from 'vitest';
import { COLLECTION_BASES, ENDPOINTS, fillPath } from '../../src/contracts/endpoints';
import type { CollectionType } from '../../src/contracts/endpoints';
import { FLESPI_PATCH_TYPES, updateMethod } from '../../src/contracts/serverCollections';
import { flespiServes } from './flespiDialect';
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
  it('limits are changed with PUT (flespi has no PATCH on them); the bin, limits and moves the panel uses are flespi routes, `…/use` is ours', () => {
    const limit = fillPath(ENDPOINTS.limitRecords, { sel: 1 });
    expect([flespiServes('PUT', limit), flespiServes('PATCH', limit)]).toEqual([true, false]);
    expect(flespiServes('GET', fillPath(ENDPOINTS.limitUse, { sel: 'all' }))).toBe(false);
    for (const [method, path] of [
      ['GET', fillPath(ENDPOINTS.limitRecords, { sel: 'all' })],
      ['POST', ENDPOINTS.limits],
      ['DELETE', limit],
      ['GET', fillPath(ENDPOINTS.deleted, { sel: 'all' })],
      ['POST', fillPath(ENDPOINTS.deletedRestore, { sel: 'gw%2Fdevices%2F1' })],
      ['PUT', fillPath(ENDPOINTS.deviceMove, { sel: 1 })],
      ['PUT', fillPath(ENDPOINTS.channelMove, { sel: 1 })],
    ] as const)
      expect(flespiServes(method, path), `${method} ${path}`).toBe(true);
  });
});
