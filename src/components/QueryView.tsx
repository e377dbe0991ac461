import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { NotFound } from './NotFound';
import { isApiError } from '../lib/apiClient';

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  /** Name of what is loading, e.g. "tokens". */
  noun: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
  /** A 404 means the page's own subject is absent or hidden: show the NotFound page, not an error box. */
  notFoundPage?: boolean;
}

/** The loading, error and empty states every list shares; `children` renders the data. */
export function QueryView<T>({ query, noun, isEmpty, empty, children, notFoundPage = false }: QueryViewProps<T>) {
  if (query.isPending) return <LoadingState label={`Loading ${noun}…`} />;
  if (notFoundPage && query.isError && isApiError(query.error) && query.error.status === 404) return <NotFound what={noun} />;
  if (query.isError) return <ErrorState title={`Could not load ${noun}`} error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <>{empty ?? <EmptyState title={`No ${noun} to show`} />}</>;
  return <>{children(query.data)}</>;
}
