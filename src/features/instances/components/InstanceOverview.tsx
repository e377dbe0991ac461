import { useAccountNames } from '../../../auth/useAccountNames';
import { FieldList, JsonValue } from '../../../components/FieldList';
import type { Field } from '../../../components/FieldList';
import type { Instance } from '../../../domain/types';
import { SINGULAR } from '../instanceKinds';

/** flespi's own fields, in the words the overview uses (only those the record has are shown). */
const FLESPI_LABELS = [
  ['Device type id', 'device_type_id'],
  ['Protocol id', 'protocol_id'],
  ['Plugin type id', 'type_id'],
  ['Enabled', 'enabled'],
  ['Messages kept (s)', 'messages_ttl'],
  ['Commands kept (s)', 'commands_ttl'],
  ['Queue kept (s)', 'queue_ttl'],
  ['Selectors', 'selectors'],
  ['Counters', 'counters'],
] as const satisfies ReadonlyArray<readonly [string, keyof Instance]>;

/** An instance's fields in words: its owner by name, members counted (listed on the Devices tab), free data as JSON. */
export function InstanceOverview({ instance }: { instance: Instance }) {
  const accountName = useAccountNames();
  const fields: Field[] = [
    ['Name', instance.name || '—'],
    ['Id', instance.id],
    ['Kind', SINGULAR[instance.type]],
    ['Account', `${accountName(instance.cid)} (#${instance.cid})`],
  ];
  const ident = instance.configuration?.['ident'];
  if (typeof ident === 'string') fields.push(['Ident', ident]);
  for (const [label, value] of FLESPI_LABELS.map(([l, k]) => [l, instance[k]] as const)) {
    if (value === undefined) continue;
    fields.push([label, typeof value === 'object' ? <JsonValue key={label} value={value} /> : typeof value === 'boolean' ? value ? 'yes' : 'no' : value]);
  }
  if (instance.devices) fields.push(['Devices', `${instance.devices.length} assigned (the Devices tab lists those you can see)`]);
  if (instance.configuration && Object.keys(instance.configuration).length > 0)
    fields.push(['Configuration', <JsonValue key="c" value={instance.configuration} />]);
  if (instance.metadata && Object.keys(instance.metadata).length > 0) fields.push(['Metadata', <JsonValue key="m" value={instance.metadata} />]);
  return <FieldList fields={fields} />;
}
