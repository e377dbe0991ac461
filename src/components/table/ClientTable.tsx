import type { ReactNode } from 'react';
import { DataTable, columnId } from '../DataTable';
import type { Column } from '../DataTable';
import { EmptyState } from '../EmptyState';
import { applyTableState } from './tableState';
import { TableToolbar } from './TableToolbar';
import { useTableState } from './useTableState';

interface ClientTableProps<T> {
  label: string;
  /** Plural noun for the count, e.g. "tokens". */
  noun: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string | number;
  /** The text the search box matches (names, ids, …). */
  searchText: (row: T) => string;
  /** Filters shown in the toolbar; the caller filters `rows` itself. */
  filters?: ReactNode;
  /** Separate URL params when a page shows two tables. */
  urlPrefix?: string;
}

/** A table of a list loaded whole: search, sort and pages in the browser, state in the URL. */
export function ClientTable<T>({ label, noun, rows, columns, rowKey, searchText, filters, urlPrefix = '' }: ClientTableProps<T>) {
  const [state, setState] = useTableState(urlPrefix);
  const sortColumn = columns.find((c) => columnId(c) === state.sort);
  const shown = applyTableState(rows, state, searchText, sortColumn?.sortValue);
  return (
    <>
      <TableToolbar searchLabel={`Search ${noun}`} q={state.q} onSearch={(q) => setState({ q })} summary={`${shown.count} ${noun}`}>
        {filters}
      </TableToolbar>
      {shown.count === 0 ? (
        <EmptyState title={state.q ? `No ${noun} match "${state.q}"` : `No ${noun} to show`} />
      ) : (
        <DataTable label={label} rows={shown.rows} columns={columns} rowKey={rowKey} state={state} onState={setState} count={shown.count} />
      )}
    </>
  );
}
