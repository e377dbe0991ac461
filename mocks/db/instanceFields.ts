/**
 * flespi's own fields for the generated records of the demo and the large world, derived from the record's
 * id alone (no random draws: the large world's seed gives the same world, keys included, as before).
 */
import type { Instance, InstanceType } from '../../src/domain/types';

/** A few of flespi's ids, only to look plausible: device types, channel and stream protocols, plugin types. */
const DEVICE_TYPES = [742, 1, 19, 25, 11] as const;
const PROTOCOLS = [1, 5, 17, 24] as const;
const STREAM_PROTOCOLS = [1, 8, 14] as const;
const PLUGIN_TYPES = [1, 3, 8] as const;

const pick = (list: readonly number[], id: number): number => list[id % list.length] ?? 1;

export type FlespiFields = Omit<Instance, 'id' | 'cid' | 'type' | 'name' | 'devices'>;

export function flespiFieldsOf(type: InstanceType, id: number): FlespiFields {
  switch (type) {
    case 'devices':
      return { device_type_id: pick(DEVICE_TYPES, id), configuration: { ident: String(350_000_000_000_000 + id * 7919) } };
    case 'channels':
      return { protocol_id: pick(PROTOCOLS, id), configuration: { host: '0.0.0.0', port: 20_000 + id }, enabled: true };
    case 'streams':
      return { protocol_id: pick(STREAM_PROTOCOLS, id), configuration: { uri: `https://example.com/ingest/${id}` }, enabled: true, queue_ttl: 86_400 };
    case 'calcs':
      return { selectors: [{ type: 'expression', expression: 'position.speed>5' }], counters: [{ name: 'distance', type: 'route' }] };
    case 'plugins':
      return { type_id: pick(PLUGIN_TYPES, id), configuration: {} };
    case 'groups':
      return {};
  }
}
