import Typography from '@mui/material/Typography';
import { LockoutNotice } from '../../../../auth/LockoutNotice';
import { useLockoutWarning } from '../../../../auth/useLockoutWarning';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { resourceClient } from '../../../../lib/resourceClient';
import { expiringTouches } from '../api/expiringKeys';
import { useApiMutation } from '../../../../auth/useApiMutation';
import type { ExpiringRow } from '../routes/expiringRows';
import { AccessPreview } from '../../../../widgets/accessPreview/AccessPreview';
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
    run: (api, acting, query: Record<string, string>) => resourceClient(api, row.kind, acting).delete(row.id, { ifMatch: row.rev, query }),
    touches: expiringTouches(row.kind),
    success: () => `${rowTitle(row)} removed`,
    failure: `Could not remove ${rowTitle(row)}`,
    onSuccess: onClose,
  });
  const preview = removePreview(row);
  return (
    <ConfirmDialog
      open
      destructive
      restorable
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
