/** The recycle bin in the journal (issue 18): entries and a purge's forgotten log records replay to the same state. */
import { describe, expect, it } from 'vitest';
import type { BinEntry } from '../../src/domain/recycleBin';
import { applyChange } from './change';
import type { Change } from './change';
import { removeRecords } from './collections';
import { demoState } from './initialState';
import { Store } from './store';
import type { StoredState } from './store';

const author = { tokenId: 1, actorCid: 1000 };

describe('the recycle bin and the journal', () => {
  it('a delete into the bin and a purge that forgets the log replay to the state the store holds', () => {
    const store = new Store(demoState());
    const changes: Change[] = [];
    const states: StoredState[] = [store.snapshot()];
    store.subscribe((e) => {
      if (e.kind === 'change') changes.push(e.change);
      states.push(e.state);
    });
    store.mutate(author, (w, ids) => {
      const device = w.instances.devices.find((d) => d.id === 100);
      if (!device) throw new Error('demo device 100 missing');
      const entry: BinEntry = {
        id: ids.next('deleted'),
        type: 'devices',
        item_id: 100,
        cid: 1000,
        name: device.name,
        deleted: 1,
        record: { ...device },
        unlinked: [],
      };
      removeRecords(w, w.instances.devices, new Set([100]));
      w.deleted = [entry];
      return { value: null, logs: [{ cid: 1000, event: 'deleted', item_type: 'devices', item_id: 100, changes: {} }] };
    });
    expect(store.logs.some((l) => l.item_type === 'devices' && l.item_id === 100)).toBe(true);
    store.mutate(author, (w) => {
      removeRecords(w, w.deleted ?? [], new Set([1]));
      return { value: null, logs: [], forget: [{ item_type: 'devices', item_id: 100 }] };
    });
    expect(store.logs.some((l) => l.item_type === 'devices' && l.item_id === 100)).toBe(false);
    expect(changes[1]?.forgotten?.length).toBeGreaterThan(0);
    const replayed = changes.reduce((s, c) => applyChange(s, structuredClone(c)), states[0] as StoredState);
    expect(JSON.stringify({ w: replayed.world, l: replayed.logs })).toBe(JSON.stringify({ w: store.snapshot().world, l: store.snapshot().logs }));
    expect(store.snapshot().lastIds?.deleted).toBe(1);
  });
});
