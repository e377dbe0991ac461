import { useActingQuery } from '../../../auth/useActingQuery';
import { DataTable } from '../../../components/DataTable';
import type { Column } from '../../../components/DataTable';
import { formatDateTime } from '../../../components/formatTime';
import { QueryView } from '../../../components/QueryView';
import { LATEST_MESSAGES, deviceDataKeys } from '../api/deviceDataKeys';
import type { DeviceMessage, MessageValue } from '../api/deviceDataKeys';

const shown = (v: MessageValue | undefined): string => (v === undefined ? '—' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

const columns: Column<DeviceMessage>[] = [
  { header: 'When', render: (m) => formatDateTime(m.timestamp) },
  { header: 'Latitude', render: (m) => shown(m['position.latitude']) },
  { header: 'Longitude', render: (m) => shown(m['position.longitude']) },
  { header: 'Speed (km/h)', render: (m) => shown(m['position.speed']) },
  { header: 'Ignition', render: (m) => shown(m['engine.ignition.status']) },
  { header: 'Battery (V)', render: (m) => shown(m['battery.voltage']) },
];

/** The device's latest messages, newest first (flespi's `GET /gw/devices/<id>/messages`). */
export function DeviceMessages({ id }: { id: number }) {
  const query = useActingQuery((api, acting) => deviceDataKeys.messages(api, acting, id));
  return (
    <QueryView query={query} noun="messages" isEmpty={(m) => m.length === 0}>
      {(messages) => <DataTable label={`Latest ${LATEST_MESSAGES} messages`} rows={messages} columns={columns} rowKey={(m) => m.timestamp} />}
    </QueryView>
  );
}
