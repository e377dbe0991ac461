import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { ReactNode } from 'react';
import { PAGE_SIZES } from './table/tableState';
import type { SortValue, TableState } from './table/tableState';

export interface Column<T> {
  header: string;
  render: (row: T) => ReactNode;
  align?: 'left' | 'right' | 'center';
  /** Id in the URL's `sort=`; defaults to the header in lower case. */
  id?: string;
  /** Makes the column sortable (client-side tables sort by it; server-side ones by `id`). */
  sortValue?: (row: T) => SortValue;
  /** A server-side table may sort by this column without a client value. */
  sortable?: boolean;
}

export const columnId = <T,>(c: Column<T>): string => c.id ?? c.header.toLowerCase().replace(/\s+/g, '-');

interface DataTableProps<T> {
  /** Names the table for screen readers. */
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string | number;
  /** Sorting and paging: given, headers become sort buttons and a pager follows the table. */
  state?: TableState;
  onState?: (change: Partial<TableState>) => void;
  /** Total rows across pages (with `state`). */
  count?: number;
}

/** An MUI table: header row (sort buttons), one row per item, a pager; cells render text, never HTML. */
export function DataTable<T>({ label, rows, columns, rowKey, state, onState, count }: DataTableProps<T>) {
  return (
    <Paper>
      <TableContainer>
        <Table size="small" aria-label={label}>
          <TableHead>
            <TableRow>
              {columns.map((c) => {
                const id = columnId(c);
                const sortable = state && onState && (c.sortValue || c.sortable);
                const active = state?.sort === id;
                return (
                  <TableCell key={c.header} align={c.align} sortDirection={active ? state.dir : false}>
                    {sortable ? (
                      <TableSortLabel
                        active={active}
                        direction={active ? state.dir : 'asc'}
                        onClick={() => onState({ sort: id, dir: active && state.dir === 'asc' ? 'desc' : 'asc' })}
                      >
                        {c.header}
                      </TableSortLabel>
                    ) : (
                      c.header
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={rowKey(row)} hover>
                {columns.map((c) => (
                  <TableCell key={c.header} align={c.align}>
                    {c.render(row)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {state && onState && count !== undefined && count > PAGE_SIZES[0] && (
        <TablePagination
          component="div"
          count={count}
          page={Math.min(state.page, Math.max(0, Math.ceil(count / state.size) - 1))}
          rowsPerPage={state.size}
          rowsPerPageOptions={[...PAGE_SIZES]}
          onPageChange={(_e, page) => onState({ page })}
          onRowsPerPageChange={(e) => onState({ size: Number(e.target.value) })}
        />
      )}
    </Paper>
  );
}
