import { useActingQuery } from '../../../auth/useActingQuery';
import { DataTable } from '../../../components/DataTable';
import type { Column } from '../../../components/DataTable';
import { formatDateTime } from '../../../components/formatTime';
import { QueryView } from '../../../components/QueryView';
import { deviceDataKeys } from '../api/deviceDataKeys';
import type { MessageValue } from '../api/deviceDataKeys';

interface Row {
  name: string;
  value: MessageValue;
  ts: number;
}

const columns: Column<Row>[] = [
  { header: 'Parameter', render: (r) => r.name },
  { header: 'Value', render: (r) => (typeof r.value === 'boolean' ? (r.value ? 'yes' : 'no') : String(r.value)) },
  { header: 'Received', render: (r) => formatDateTime(r.ts) },
];

/** The latest value of each parameter the device sent (flespi's `GET /gw/devices/<id>/telemetry/all`). */
export function DeviceTelemetry({ id }: { id: number }) {
  const query = useActingQuery((api, acting) => deviceDataKeys.telemetry(api, acting, id));
  return (
    <QueryView query={query} noun="telemetry" isEmpty={(t) => Object.keys(t).length === 0}>
      {(telemetry) => (
        <DataTable
          label="Telemetry"
          rows={Object.entries(telemetry)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([name, v]) => ({ name, ...v }))}
          columns={columns}
          rowKey={(r) => r.name}
        />
      )}
    </QueryView>
  );
}
