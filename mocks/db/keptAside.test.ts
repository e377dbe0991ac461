/**
 * Nothing dropped silently when a world is asked for (issue 21): a stored value that cannot be read, or one
 * holding changes, is kept aside (state and journal) before the asked-for world is written, and said.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Change } from './change';
import type { Keyed } from './collections';
import { demoState } from './initialState';
import { idbShelf } from './keptIdb';
import { loadState } from './loadStored';
import { attachPersistence } from './persistIndexedDb';
import { restore } from './replay';
import { Store } from './store';
import { plantJournal, plantState, readState } from './test/idbRaw';

const renamed = (id: number, name: string, withLog = true): Change => {
  const device = demoState().world.instances.devices.find((d) => d.id === id);
  if (!device) throw new Error(`no device ${id}`);
  const put: Keyed[] = [{ ...device, name } as Keyed];
  return {
    version: 1,
    collections: [{ collection: 'instances.devices', put, removed: [] }],
    logs: withLog
      ? [{ id: 1, cid: 1000, event: 'updated', item_type: 'devices', item_id: id, changes: { name: [null, name] }, timestamp: 1, token_id: 1, actor_cid: 1000 }]
      : [],
    revs: withLog ? { [`devices:${id}`]: 2 } : {},
  };
};

/** Loads with a world asked for, then persists as the worker does: what is kept must be there after the first write. */
async function openAsking(requested: Parameters<typeof loadState>[0]) {
  const loaded = await loadState(requested);
  const detach = await attachPersistence(new Store(loaded.state), loaded);
  detach();
  return loaded;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('a world asked for in the address', () => {
  it('keeps an unreadable store aside before the asked-for world is written over it, and says so', async () => {
    const damaged = { version: 99, world: 'from a newer release' };
    await plantState(damaged);
    const { notice, kept, state } = await openAsking({ requested: { kind: 'demo' } });
    expect(notice).toMatch(/could not be read.*kept, not deleted.*Demo data → Import world/);
    expect(state.world.accounts.some((a) => a.name === 'Acme Telematics')).toBe(true);
    expect(await readState(kept?.key)).toEqual({ state: damaged, journal: [] });
    expect((await idbShelf.list()).map((e) => [e.key, e.why])).toEqual([[kept?.key, expect.stringMatching(/could not be read/)]]);
  });

  it('keeps a world with journalled changes (a large recipe and its journal) when the demo world is asked for', async () => {
    const recipe = { version: 1, recipe: { kind: 'large', seed: 9 } };
    await plantState(recipe);
    await plantJournal([renamed(100, 'Changed in the large world')]);
    const { notice, kept } = await openAsking({ requested: { kind: 'demo' } });
    expect(notice).toMatch(/had changes, so it was kept aside.*the demo world was started.*Import world/);
    expect(await readState(kept?.key)).toEqual({ state: recipe, journal: [renamed(100, 'Changed in the large world')] });
    expect(await readState()).toMatchObject({ world: { accounts: expect.arrayContaining([expect.objectContaining({ name: 'Acme Telematics' })]) } });
  });

  it('keeps a changed world stored whole when another world is asked for, and the kept value restores its changes', async () => {
    const changed = { ...demoState(), source: { kind: 'large', seed: 5 } as const };
    changed.logs = renamed(101, 'x').logs;
    await plantState(changed);
    await plantJournal([renamed(100, 'Journalled after the state')]);
    const { kept } = await openAsking({ requested: { kind: 'demo' } });
    const value = JSON.parse(kept?.json ?? '') as { state: unknown; journal: unknown[] };
    const back = await restore(value.state, value.journal);
    expect(back?.world.instances.devices.find((d) => d.id === 100)?.name).toBe('Journalled after the state');
    expect(back?.source).toEqual({ kind: 'large', seed: 5 });
  });

  it('drops nothing of the user’s when the stored world has no changes: a recipe, or only token uses', async () => {
    await plantState({ version: 1, recipe: { kind: 'large', seed: 9 } });
    await plantJournal([renamed(100, 'an unlogged touch', false)]);
    const { notice, kept } = await openAsking({ requested: { kind: 'demo' } });
    expect(notice).toBeNull();
    expect(kept).toBeUndefined();
    expect(await idbShelf.list()).toEqual([]);
  });

  it('the shelf lists what was kept (when, size, why), reads it and deletes it', async () => {
    await plantState({ version: 99 });
    const first = (await openAsking({})).kept;
    await plantState('not a world');
    const second = (await openAsking({})).kept;
    const list = await idbShelf.list();
    expect(list.map((e) => e.key)).toEqual([second?.key, first?.key]);
    expect(list[1]).toEqual({
      key: first?.key,
      at: Number(first?.key.slice(5)),
      size: first?.json.length,
      why: expect.stringMatching(/could not be read/) as unknown,
    });
    expect(await idbShelf.read(first?.key ?? '')).toEqual({ state: { version: 99 }, journal: [] });
    expect(await idbShelf.remove(first?.key ?? '')).toBe(true);
    expect(await idbShelf.remove(first?.key ?? '')).toBe(false);
    expect(await idbShelf.read('current')).toBeUndefined();
    expect((await idbShelf.list()).map((e) => e.key)).toEqual([second?.key]);
  });
});
