import Typography from '@mui/material/Typography';
import { useApiMutation } from '../../../../auth/useApiMutation';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import type { LimitAnswer } from '../../../../contracts/limitOperations';
import { limitClient } from '../../../../lib/limitClient';
import { LIMIT_TOUCHES } from '../api/limitKeys';

/** Deletes a limit no subaccount uses (the server refuses one in use, with the count). */
export function DeleteLimitDialog({ limit, onClose }: { limit: LimitAnswer; onClose: () => void }) {
  const remove = useApiMutation({
    run: (api, acting) => limitClient(api, acting).remove(limit.id),
    touches: LIMIT_TOUCHES,
    success: () => `Limit “${limit.name}” deleted`,
    failure: 'Could not delete the limit',
    onSuccess: onClose,
  });
  return (
    <ConfirmDialog
      open
      title={`Delete limit “${limit.name}”?`}
      confirmLabel="Delete"
      destructive
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(undefined)}
      onClose={onClose}
    >
      <Typography>No subaccount uses it. Its log stays readable to the accounts that defined it.</Typography>
    </ConfirmDialog>
  );
}
