/**
 * The migration chain really runs (issue 21): a planted step to a fake version 2 (every device gains a field)
 * brings the saved world of every version up to it, journal entries too, and a large world's recipe of an
 * older version is rebuilt and migrated rather than treated as unreadable. STORE_VERSION itself stays.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Change } from './change';
import type { Keyed } from './collections';
import { migrateChange, migrateState } from './migrations';
import type { Migrations } from './migrations';
import { restore } from './replay';
import { STORE_VERSION } from './store';

type Plain = Record<string, unknown>;
type Devices = { instances: { devices: Plain[] } };

const v1 = (): Plain => JSON.parse(readFileSync(new URL('./fixtures/store-v1.json', import.meta.url), 'utf8')) as Plain;

const marked = (d: Plain): Plain => ({ ...d, shape: 'v2' });
const stateStep = vi.fn((s: Plain): Plain => {
  const world = s['world'] as Devices & Plain;
  return { ...s, world: { ...world, instances: { ...world.instances, devices: world.instances.devices.map(marked) } } };
});
const changeStep = vi.fn((c: Plain): Plain => {
  const collections = (c['collections'] as { collection: string; put: Plain[] }[]).map((x) =>
    x.collection === 'instances.devices' ? { ...x, put: x.put.map(marked) } : x,
  );
  return { ...c, collections };
});
const V2: Migrations = { current: 2, steps: { 1: { state: stateStep, change: changeStep } } };

/** The saved world of each version under the fake chain: version 1's fixture, and version 2 made from it by the step. */
const FIXTURES: Record<number, () => Plain> = { 1: v1, 2: () => ({ ...stateStep(v1()), version: 2 }) };

const devicesOf = (s: unknown): Plain[] => (s as { world: Devices }).world.instances.devices;

describe('a migration chain with a planted step', () => {
  it('brings the saved world of every version up to the last, running each step once per version behind', () => {
    expect(STORE_VERSION).toBe(1);
    for (const [version, fixture] of Object.entries(FIXTURES)) {
      const saved = fixture();
      stateStep.mockClear();
      const state = migrateState(saved, V2);
      expect(state?.version, `version ${version}`).toBe(2);
      expect(stateStep).toHaveBeenCalledTimes(2 - Number(version));
      expect(devicesOf(state).every((d) => d['shape'] === 'v2')).toBe(true);
      expect(devicesOf(state).some((d) => d['name'] === 'Saved by version 1')).toBe(true);
      expect(state?.logs.some((l) => l.item_id === 322 && l.event === 'created')).toBe(true);
      expect(state?.revs['devices:322']).toBe(2);
    }
  });

  it('a version with no step to the next one, or past the last, cannot be read', () => {
    expect(migrateState(v1(), { current: 3, steps: V2.steps })).toBeNull();
    expect(migrateState({ ...v1(), version: 3 }, V2)).toBeNull();
  });

  it('brings a journal entry up too, where a step changes the records’ shape', () => {
    const change: Change = {
      version: 1,
      collections: [{ collection: 'instances.devices', put: [{ id: 5, name: 'x' } as Keyed], removed: [] }],
      logs: [],
      revs: {},
    };
    expect(migrateChange(change, V2)).toEqual({
      ...change,
      version: 2,
      collections: [{ collection: 'instances.devices', put: [{ id: 5, name: 'x', shape: 'v2' }], removed: [] }],
    });
    expect(migrateChange({ ...change, version: 3 }, V2)).toBeNull();
  });

  it('rebuilds a large world’s recipe of an older version, replays its journal and migrates it, instead of calling it unreadable', async () => {
    const recipe = { version: 1, recipe: { kind: 'large', seed: 4 } };
    const added = { id: 999_999, cid: 1, name: 'Made under version 1', device_type_id: 1 };
    const rename: Change = {
      version: 1,
      collections: [{ collection: 'instances.devices', put: [added as Keyed], removed: [] }],
      logs: [],
      revs: {},
    };
    const state = await restore(recipe, [rename], { migrations: V2 });
    expect(state?.version).toBe(2);
    expect(state?.source).toEqual({ kind: 'large', seed: 4 });
    expect(devicesOf(state)).toHaveLength(100_001);
    expect(devicesOf(state).find((d) => d['id'] === added.id)).toEqual({ ...added, shape: 'v2' });
    expect(await restore({ ...recipe, version: 3 }, [], { migrations: V2 })).toBeNull();
  });
});
