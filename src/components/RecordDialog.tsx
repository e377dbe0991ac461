import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

/**
 * A dialog that needs a record loaded first (a revoke started from another screen's row): while it
 * loads, or when it cannot be loaded, a small dialog says so; then `children(record)` is the dialog.
 */
export function RecordDialog<T>({
  query,
  title,
  noun,
  onClose,
  children,
}: {
  query: UseQueryResult<T | null>;
  title: string;
  noun: string;
  onClose: () => void;
  children: (record: T) => ReactNode;
}) {
  const titleId = useId();
  if (query.data) return <>{children(query.data)}</>;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {query.isPending ? (
          <LoadingState label={`Loading the ${noun}…`} />
        ) : (
          <ErrorState
            title={`Could not load the ${noun}`}
            error={query.error ?? new Error(`The ${noun} no longer exists.`)}
            onRetry={() => void query.refetch()}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
