/** A table's search, sort and page, read from and written to the URL (so every view is a deep link). */

export interface TableState {
  q: string;
  /** Column id to sort by; '' = the list's own order. */
  sort: string;
  dir: 'asc' | 'desc';
  page: number;
  size: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_TABLE_STATE: TableState = { q: '', sort: '', dir: 'asc', page: 0, size: 25 };

const names = (prefix: string) => ({ q: `${prefix}q`, sort: `${prefix}sort`, dir: `${prefix}dir`, page: `${prefix}page`, size: `${prefix}size` });

export function readTableState(params: URLSearchParams, prefix = ''): TableState {
  const n = names(prefix);
  const page = Number(params.get(n.page));
  const size = Number(params.get(n.size));
  return {
    q: params.get(n.q) ?? '',
    sort: params.get(n.sort) ?? '',
    dir: params.get(n.dir) === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page > 0 ? page - 1 : 0,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_TABLE_STATE.size,
  };
}

/** The URL params for a state: defaults are left out; pages count from 1 for people. */
export function writeTableState(params: URLSearchParams, state: TableState, prefix = ''): URLSearchParams {
  const n = names(prefix);
  const next = new URLSearchParams(params);
  const set = (name: string, value: string, dflt: string) => (value === dflt ? next.delete(name) : next.set(name, value));
  set(n.q, state.q, '');
  set(n.sort, state.sort, '');
  set(n.dir, state.dir, 'asc');
  set(n.page, String(state.page + 1), '1');
  set(n.size, String(state.size), String(DEFAULT_TABLE_STATE.size));
  return next;
}

export type SortValue = string | number | boolean | null | undefined;

/** Case-insensitive search over each row's text, stable sort, one page: what a client-side table shows. */
export function applyTableState<T>(
  rows: readonly T[],
  state: TableState,
  text: (row: T) => string,
  sortValue: ((row: T) => SortValue) | undefined,
): { rows: T[]; count: number } {
  const needle = state.q.trim().toLowerCase();
  let out = needle ? rows.filter((r) => text(r).toLowerCase().includes(needle)) : [...rows];
  if (sortValue) {
    const sign = state.dir === 'desc' ? -1 : 1;
    out = out
      .map((row, i) => ({ row, i, v: sortValue(row) }))
      .sort((a, b) => sign * compareValues(a.v, b.v) || a.i - b.i)
      .map((x) => x.row);
  }
  const count = out.length;
  const lastPage = Math.max(0, Math.ceil(count / state.size) - 1);
  const page = Math.min(state.page, lastPage);
  return { rows: out.slice(page * state.size, (page + 1) * state.size), count };
}

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}
