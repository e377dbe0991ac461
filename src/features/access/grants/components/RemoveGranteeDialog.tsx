import Typography from '@mui/material/Typography';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import type { Cid } from '../../../../domain/types';
import { AccessPreview } from '../../../../widgets/accessPreview/AccessPreview';
import { useRemoveGrantee } from '../api/grantMutations';
import type { LoadedGrant } from '../api/grantKeys';

/** Takes one grantee off a grant, after previewing what it loses; the grant stays for the others. */
export function RemoveGranteeDialog({ grant, cid, onClose }: { grant: LoadedGrant; cid: Cid; onClose: () => void }) {
  const nameOf = useAccountNames();
  const remove = useRemoveGrantee(grant, nameOf, onClose);
  const label = nameOf(cid) || `Account #${cid}`;
  const { id: _id, rev: _rev, ...body } = grant;
  return (
    <ConfirmDialog
      open
      destructive
      title={`Remove ${label} from grant “${grant.name}”?`}
      confirmLabel="Remove"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(cid)}
      onClose={onClose}
    >
      <Typography gutterBottom>
        {grant.subaccounts.length === 1
          ? 'It is the only grantee: the grant stays, sharing with nobody, until you add one.'
          : 'The other grantees keep what the grant shares.'}
      </Typography>
      <AccessPreview body={{ grant: { ...body, id: grant.id, subaccounts: grant.subaccounts.filter((c) => c !== cid) } }} />
    </ConfirmDialog>
  );
}
