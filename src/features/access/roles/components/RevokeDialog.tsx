import Typography from '@mui/material/Typography';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { LockoutNotice } from '../../../../auth/LockoutNotice';
import { useLockoutWarning } from '../../../../auth/useLockoutWarning';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { useApiMutation } from '../../../../auth/useApiMutation';
import { AccessPreview } from '../../../../widgets/accessPreview/AccessPreview';
import { ASSIGNMENT_TOUCHES } from '../api/roleKeys';
import type { LoadedAssignment } from '../api/roleKeys';
import { resourceClient } from '../../../../lib/resourceClient';
import { describeScope } from '../../../../permissions';

/** Revokes a role assignment after showing what its subject loses. */
export function RevokeDialog({ assignment, roleName, onClose }: { assignment: LoadedAssignment; roleName: string; onClose: () => void }) {
  const accountName = useAccountNames();
  const lockout = useLockoutWarning('role-assignments', assignment.id, 'delete');
  const subject = accountName(assignment.subject_cid);
  const revoke = useApiMutation({
    run: (api, acting, query: Record<string, string>) =>
      resourceClient(api, 'role-assignments', acting).delete(assignment.id, { ifMatch: assignment.rev, query }),
    touches: ASSIGNMENT_TOUCHES,
    success: () => `Role “${roleName}” revoked from ${subject}`,
    failure: 'Could not revoke the role',
    onSuccess: onClose,
  });
  return (
    <ConfirmDialog
      open
      destructive
      restorable
      title={`Revoke “${roleName}” from ${subject}?`}
      confirmLabel="Revoke"
      pending={revoke.isPending}
      confirmDisabled={lockout.blocksConfirm}
      error={revoke.error}
      onClose={onClose}
      onConfirm={() => revoke.mutate(lockout.query)}
    >
      <Typography gutterBottom>
        {subject} loses the rights of the role over {describeScope(assignment.scope, accountName)}.
      </Typography>
      <AccessPreview body={{ remove: { type: 'role-assignments', id: assignment.id } }} />
      <LockoutNotice warning={lockout} />
    </ConfirmDialog>
  );
}
