import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import type { Column } from '../../../../components/DataTable';
import { EmptyState } from '../../../../components/EmptyState';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import { ClientTable } from '../../../../components/table/ClientTable';
import { formatDateTime, nowSeconds } from '../../../../components/formatTime';
import type { BinEntryAnswer } from '../../../../contracts/recycleBin';
import { useUrlParams } from '../../../../lib/useUrlParams';
import { binKeys } from '../api/binKeys';
import { BIN_TYPE_LABELS, daysLeft, entryTitle } from '../components/binText';
import { RestoreDialog } from '../components/RestoreDialog';

/** "Recycle bin": what was deleted in the last 30 days that the signed-in token could read, restorable one or many at a time. */
export function RecycleBinPage() {
  const query = useActingQuery((api, acting) => binKeys.list(api, acting));
  const [params, setParams] = useUrlParams();
  const type = params.get('type') ?? 'all';
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [restoring, setRestoring] = useState<readonly BinEntryAnswer[] | null>(null);
  const nameOf = useAccountNames();
  const all = query.data ?? [];
  const now = nowSeconds();
  const toggle = (origin: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(origin)) next.delete(origin);
      else next.add(origin);
      return next;
    });
  const columns: Column<BinEntryAnswer>[] = [
    {
      header: 'Select',
      render: (e) => (
        <Checkbox checked={selected.has(e.origin)} onChange={() => toggle(e.origin)} slotProps={{ input: { 'aria-label': `Select ${entryTitle(e)}` } }} />
      ),
    },
    { header: 'What', render: (e) => BIN_TYPE_LABELS[e.type] ?? e.type, sortValue: (e) => e.type },
    { header: 'Name', render: (e) => `${e.name || '(no name)'} (#${e.id})`, sortValue: (e) => e.name.toLowerCase() },
    { header: 'Account', render: (e) => nameOf(e.cid), sortValue: (e) => nameOf(e.cid).toLowerCase() },
    { header: 'Deleted', render: (e) => formatDateTime(e.deleted), sortValue: (e) => e.deleted },
    { header: 'Days left', render: (e) => String(daysLeft(e, now)), sortValue: (e) => e.expires },
    {
      header: 'Actions',
      render: (e) => (
        <Button size="small" onClick={() => setRestoring([e])} aria-label={`Restore ${entryTitle(e)}`}>
          Restore
        </Button>
      ),
    },
  ];
  const types = [...new Set(all.map((e) => e.type))].sort();
  const typeSelect = (
    <TextField
      select
      size="small"
      label="Type"
      value={type}
      sx={{ minWidth: 180 }}
      onChange={(ev) =>
        setParams(
          (p) => {
            const next = new URLSearchParams(p);
            if (ev.target.value === 'all') next.delete('type');
            else next.set('type', ev.target.value);
            return next;
          },
          { replace: true },
        )
      }
    >
      <MenuItem value="all">Every type</MenuItem>
      {[...new Set([...types, ...(type === 'all' ? [] : [type])])].map((t) => (
        <MenuItem key={t} value={t}>
          {BIN_TYPE_LABELS[t] ?? t}
        </MenuItem>
      ))}
    </TextField>
  );
  const chosen = all.filter((e) => selected.has(e.origin));
  return (
    <>
      <PageHeader
        title="Recycle bin"
        subtitle="Records deleted in the last 30 days that you could read. A restore brings one back with its id and configuration; memberships are not restored."
        actions={
          chosen.length > 0 && (
            <Button variant="contained" onClick={() => setRestoring(chosen)}>
              {`Restore selected (${chosen.length})`}
            </Button>
          )
        }
      />
      <QueryView
        query={query}
        noun="deleted records"
        isEmpty={(d) => d.length === 0}
        empty={<EmptyState title="The recycle bin is empty">Nothing you could read was deleted in the last 30 days.</EmptyState>}
      >
        {(entries) => (
          <ClientTable
            label="Deleted records"
            noun="deleted records"
            rows={entries.filter((e) => type === 'all' || e.type === type)}
            columns={columns}
            rowKey={(e) => e.origin}
            searchText={(e) => `${e.name} ${e.id} ${e.origin} ${BIN_TYPE_LABELS[e.type] ?? ''}`}
            filters={typeSelect}
          />
        )}
      </QueryView>
      {restoring && (
        <RestoreDialog
          entries={restoring}
          bin={all}
          onClose={() => {
            setRestoring(null);
            setSelected(new Set());
          }}
        />
      )}
    </>
  );
}
