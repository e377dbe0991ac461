import Typography from '@mui/material/Typography';
import { LockoutNotice } from '../../../../auth/LockoutNotice';
import { useLockoutWarning } from '../../../../auth/useLockoutWarning';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { collectionPath } from '../../../../lib/endpoints';
import { useApiMutation } from '../../../../lib/useApiMutation';
import type { ExpiringRow } from '../routes/expiringRows';
import { AccessPreview } from '../../preview/AccessPreview';
import { removePreview, rowTitle } from './rowText';

const WHAT_GOES: Record<ExpiringRow['kind'], string> = {
  tokens: 'Anything using this token stops working at once.',
  grants: 'Its grantees lose what it shares with them.',
  'role-assignments': 'Its subject loses the rights of the role over that scope.',
};

/** Deletes a token, grant or role assignment from the timeline (preview, lock-out warning). */
export function RemoveDialog({ row, onClose }: { row: ExpiringRow; onClose: () => void }) {
  const lockout = useLockoutWarning(row.kind, row.id, 'delete');
  const mutation = useApiMutation({
    run: (api, acting, query: Record<string, string>) => api.delete(`${collectionPath(row.kind)}/${row.id}`, { actAs: acting.actAs, ifMatch: row.rev, query }),
    success: () => `${rowTitle(row)} removed`,
    failure: `Could not remove ${rowTitle(row)}`,
    onSuccess: onClose,
  });
  const preview = removePreview(row);
  return (
    <ConfirmDialog
      open
      destructive
      title={`Remove ${rowTitle(row)}?`}
      confirmLabel="Remove"
      pending={mutation.isPending}
      confirmDisabled={lockout.blocksConfirm}
      error={mutation.error}
      onClose={onClose}
      onConfirm={() => mutation.mutate(lockout.query)}
    >
      <Typography gutterBottom>{WHAT_GOES[row.kind]}</Typography>
      {preview && <AccessPreview body={preview} />}
      <LockoutNotice warning={lockout} />
    </ConfirmDialog>
  );
}
