import Typography from '@mui/material/Typography';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { AccessPreview } from '../../../../widgets/accessPreview/AccessPreview';
import { useSetGrantEnabled } from '../api/grantMutations';
import type { LoadedGrant } from '../api/grantKeys';

/** Disables an enabled grant or enables a disabled one, confirmed with what its grantees lose or gain. */
export function ToggleGrantDialog({ grant, onClose }: { grant: LoadedGrant; onClose: () => void }) {
  const toggle = useSetGrantEnabled(grant, onClose);
  const { id: _id, rev: _rev, ...body } = grant;
  const verb = grant.enabled ? 'Disable' : 'Enable';
  return (
    <ConfirmDialog
      open
      destructive={grant.enabled}
      title={`${verb} grant “${grant.name}”?`}
      confirmLabel={verb}
      pending={toggle.isPending}
      error={toggle.error}
      onConfirm={() => toggle.mutate(!grant.enabled)}
      onClose={onClose}
    >
      <Typography gutterBottom>
        {grant.enabled ? 'Its grantees lose what it shares until it is enabled again.' : 'Its grantees get what it shares again.'}
      </Typography>
      <AccessPreview body={{ grant: { ...body, enabled: !grant.enabled, id: grant.id } }} />
    </ConfirmDialog>
  );
}
