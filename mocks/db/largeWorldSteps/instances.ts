import { INSTANCE_TYPES } from '../../../src/domain/types';
import type { Instance, InstanceType } from '../../../src/domain/types';
import { flespiFieldsOf } from '../instanceFields';
import type { LargeWorldGen } from './generator';

export type Instances = Record<InstanceType, Instance[]>;
/** Instance ids of each type by owning account. */
export type Owned = Record<InstanceType, Map<number, number[]>>;

/** Instances of every type (ids 1..n per type), each owned by a random account. */
export function* instancesOf(g: LargeWorldGen, nDevices: number, nPerType: number): Generator<number, { instances: Instances; owned: Owned }, void> {
  const instances = {} as Instances;
  const owned = {} as Owned;
  for (const type of INSTANCE_TYPES) {
    const count = type === 'devices' ? nDevices : nPerType;
    const list: Instance[] = new Array<Instance>(count);
    const byOwner = new Map<number, number[]>();
    for (let i = 0; i < count; i++) {
      const cid = g.randomCid();
      list[i] = { id: i + 1, cid, type, name: `${type.slice(0, -1)} ${i + 1}`, ...flespiFieldsOf(type, i + 1) };
      const mine = byOwner.get(cid);
      if (mine) mine.push(i + 1);
      else byOwner.set(cid, [i + 1]);
      if (g.worked()) yield g.progress();
    }
    instances[type] = list;
    owned[type] = byOwner;
  }
  return { instances, owned };
}

/** Member devices of groups, calcs, streams and plugins: mostly their owner's devices. */
export function* assignMembers(g: LargeWorldGen, instances: Instances, owned: Owned): Generator<number, void, void> {
  const { rand, int, pickOf } = g;
  const deviceCount = instances.devices.length;
  for (const type of ['groups', 'calcs', 'streams', 'plugins'] as const) {
    for (const c of instances[type]) {
      const own = owned.devices.get(c.cid) ?? [];
      const n = type === 'groups' ? 3 + int(8) : int(5);
      const members = new Set<number>();
      for (let k = 0; k < n; k++) {
        const d = rand() < 0.8 ? pickOf(own) : 1 + int(deviceCount);
        if (d !== undefined) members.add(d);
      }
      c.devices = [...members];
      if (g.worked()) yield g.progress();
    }
  }
}
