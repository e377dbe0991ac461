/** Upgrades migrate: a world saved by every stored version loads in the current one (fixtures/store-v<n>.json). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateState } from './migrations';
import { STORE_VERSION } from './store';

const fixture = (version: number): unknown => JSON.parse(readFileSync(new URL(`./fixtures/store-v${version}.json`, import.meta.url), 'utf8')) as unknown;

describe('stored versions', () => {
  it('has a saved world of every version up to the current one', () => {
    for (let v = 1; v <= STORE_VERSION; v++) expect(() => fixture(v), `fixtures/store-v${v}.json`).not.toThrow();
  });

  it('a world of each version loads with its records, log and revisions', () => {
    for (let v = 1; v <= STORE_VERSION; v++) {
      const state = migrateState(fixture(v));
      expect(state?.version, `version ${v}`).toBe(STORE_VERSION);
      expect(state?.world.instances.devices.some((d) => d.name === 'Saved by version 1')).toBe(true);
      expect(state?.logs.some((l) => l.item_id === 322 && l.event === 'created')).toBe(true);
      expect(state?.revs['devices:322']).toBe(2);
    }
  });

  it('what no step can read is null (the caller keeps it aside): damaged, unversioned, or from a newer release', () => {
    expect(migrateState(null)).toBeNull();
    expect(migrateState({ version: 1, world: 'garbage' })).toBeNull();
    expect(migrateState({ ...(fixture(1) as object), version: undefined })).toBeNull();
    expect(migrateState({ ...(fixture(1) as object), version: STORE_VERSION + 1 })).toBeNull();
  });
});
