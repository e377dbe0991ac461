import { useCallback, useMemo } from 'react';

import { readTableState, writeTableState } from './tableState';
import type { TableState } from './tableState';
import { useUrlParams } from '../../lib/useUrlParams';

/** The table state in the URL; `prefix` keeps two tables of one page apart. */
export function useTableState(prefix = ''): [TableState, (change: Partial<TableState>) => void] {
  const [params, setParams] = useUrlParams();
  const state = useMemo(() => readTableState(params, prefix), [params, prefix]);
  const update = useCallback(
    (change: Partial<TableState>) => {
      setParams(
        (current) => {
          const prev = readTableState(current, prefix);
          // A new search or sort starts again at the first page.
          const resetPage = 'q' in change || 'sort' in change || 'dir' in change || 'size' in change;
          return writeTableState(current, { ...prev, ...(resetPage ? { page: 0 } : {}), ...change }, prefix);
        },
        { replace: true },
      );
    },
    [setParams, prefix],
  );
  return [state, update];
}
