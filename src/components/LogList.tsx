import type { LogRecord } from '../domain/types';
import { DataTable } from './DataTable';
import type { Column } from './DataTable';
import { formatDateTime } from './formatTime';

const columns: Column<LogRecord>[] = [
  { header: 'When', render: (r) => formatDateTime(r.timestamp) },
  { header: 'Event', render: (r) => r.event },
  { header: 'Item', render: (r) => `${r.item_type} #${r.item_id}` },
  { header: 'By', render: (r) => `account #${r.actor_cid}, token #${r.token_id}` },
  { header: 'Changed fields', render: (r) => Object.keys(r.changes ?? {}).join(', ') },
];

/** Log records, newest first. */
export function LogList({ records, label }: { records: readonly LogRecord[]; label: string }) {
  const rows = [...records].sort((a, b) => b.timestamp - a.timestamp);
  return <DataTable label={label} rows={rows} columns={columns} rowKey={(r) => r.id} />;
}
