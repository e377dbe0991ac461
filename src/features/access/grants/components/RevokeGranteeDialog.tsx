import { useActingQuery } from '../../../../auth/useActingQuery';
import { RecordDialog } from '../../../../components/RecordDialog';
import type { Cid } from '../../../../domain/types';
import { grantKeys } from '../api/grantKeys';
import { RemoveGranteeDialog } from './RemoveGranteeDialog';

/** From another screen (who has access): loads the grant, then asks to take `cid` off it, with the preview. */
export function RevokeGranteeDialog({ grantId, cid, onClose }: { grantId: number; cid: Cid; onClose: () => void }) {
  const grant = useActingQuery((api, acting) => grantKeys.detail(api, acting, grantId));
  return (
    <RecordDialog query={grant} title="Revoke a grant" noun="grant" onClose={onClose}>
      {(g) => <RemoveGranteeDialog grant={g} cid={cid} onClose={onClose} />}
    </RecordDialog>
  );
}
