import { useAccountNames } from '../../../auth/useAccountNames';
import { FieldList, JsonValue } from '../../../components/FieldList';
import type { Field } from '../../../components/FieldList';
import type { Instance } from '../../../domain/types';
import { SINGULAR } from '../instanceKinds';

/** An instance's fields in words: its owner by name, members counted (listed on the Devices tab), free data as JSON. */
export function InstanceOverview({ instance }: { instance: Instance }) {
  const accountName = useAccountNames();
  const fields: Field[] = [
    ['Name', instance.name || '—'],
    ['Id', instance.id],
    ['Kind', SINGULAR[instance.type]],
    ['Account', `${accountName(instance.cid)} (#${instance.cid})`],
  ];
  if (instance.devices) fields.push(['Devices', `${instance.devices.length} assigned (the Devices tab lists those you can see)`]);
  if (instance.configuration && Object.keys(instance.configuration).length > 0) fields.push(['Configuration', <JsonValue key="c" value={instance.configuration} />]);
  if (instance.metadata && Object.keys(instance.metadata).length > 0) fields.push(['Metadata', <JsonValue key="m" value={instance.metadata} />]);
  return <FieldList fields={fields} />;
}
