import type { LogRecord } from '../domain/types';
import { DataTable } from './DataTable';
import type { Column } from './DataTable';
import { formatDateTime } from './formatTime';

const columns: Column<LogRecord>[] = [
  { header: 'When', render: (r) => formatDateTime(r.timestamp) },
  { header: 'Event', render: (r) => r.event },
  { header: 'Item', render: (r) => `${r.item_type} #${r.item_id}` },
  // 0: an author the backend does not show this reader (an account or token outside its view).
  {
    header: 'By',
    render: (r) =>
      `${r.actor_cid ? `account #${r.actor_cid}` : 'an account outside your view'}, ${r.token_id ? `token #${r.token_id}` : 'a token outside your view'}`,
  },
  { header: 'Changed fields', render: (r) => Object.keys(r.changes ?? {}).join(', ') },
];

/** Log records, newest first. */
export function LogList({ records, label }: { records: readonly LogRecord[]; label: string }) {
  const rows = [...records].sort((a, b) => b.timestamp - a.timestamp);
  return <DataTable label={label} rows={rows} columns={columns} rowKey={(r) => r.id} />;
}
