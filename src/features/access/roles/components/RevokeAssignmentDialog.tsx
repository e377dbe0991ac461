import { useActingQuery } from '../../../../auth/useActingQuery';
import { RecordDialog } from '../../../../components/RecordDialog';
import { roleAssignmentKeys } from '../api/roleKeys';
import { RevokeDialog } from './RevokeDialog';

/** From another screen (who has access): loads the role assignment, then asks to revoke it, with the preview. */
export function RevokeAssignmentDialog({ assignmentId, roleName, onClose }: { assignmentId: number; roleName: string; onClose: () => void }) {
  const assignment = useActingQuery((api, acting) => roleAssignmentKeys.detail(api, acting, assignmentId));
  return (
    <RecordDialog query={assignment} title="Revoke a role assignment" noun="role assignment" onClose={onClose}>
      {(a) => <RevokeDialog assignment={a} roleName={roleName} onClose={onClose} />}
    </RecordDialog>
  );
}
