import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../../lib/paths';
import { useCan } from '../../../../auth/useCan';
import type { CanAnswer } from '../../../../auth/useCan';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { AccessPreview } from '../../../../widgets/accessPreview/AccessPreview';
import { useDeleteGrant } from '../api/grantMutations';
import type { LoadedGrant } from '../api/grantKeys';
import { GrantFormDialog } from './GrantFormDialog';
import { ToggleGrantDialog } from './ToggleGrantDialog';

type Open = 'edit' | 'toggle' | 'delete' | null;

/** A button shown when allowed, disabled with the reason while the answer is pending or refused for a reason. */
function ActionButton({ can, label, color, onClick }: { can: CanAnswer; label: string; color?: 'error'; onClick: () => void }) {
  if (!can.allowed && !can.pending && !can.reason) return null;
  const button = (
    <Button variant="outlined" color={color} disabled={!can.allowed} onClick={onClick}>
      {label}
    </Button>
  );
  return can.allowed ? (
    button
  ) : (
    <Tooltip title={can.reason ?? 'Checking…'}>
      <span>{button}</span>
    </Tooltip>
  );
}

/** Edit, disable/enable and delete a grant, each confirmed with what its grantees gain or lose. */
export function GrantActions({ grant }: { grant: LoadedGrant }) {
  const update = useCan('update', { type: 'grants', id: grant.id });
  const remove = useCan('delete', { type: 'grants', id: grant.id });
  const navigate = useNavigate();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const del = useDeleteGrant(grant, () => {
    close();
    void navigate(paths.grants.getHref());
  });
  return (
    <Stack direction="row" spacing={1}>
      <ActionButton can={update} label="Edit" onClick={() => setOpen('edit')} />
      <ActionButton can={update} label={grant.enabled ? 'Disable' : 'Enable'} onClick={() => setOpen('toggle')} />
      <ActionButton can={remove} label="Delete" color="error" onClick={() => setOpen('delete')} />
      {open === 'edit' && <GrantFormDialog grant={grant} onClose={close} />}
      {open === 'toggle' && <ToggleGrantDialog grant={grant} onClose={close} />}
      {open === 'delete' && (
        <ConfirmDialog
          open
          destructive
          restorable
          title={`Delete grant “${grant.name}”?`}
          confirmLabel="Delete"
          pending={del.isPending}
          error={del.error}
          onConfirm={() => del.mutate(undefined)}
          onClose={close}
        >
          <Typography gutterBottom>Its grantees lose what it shares with them until it is restored.</Typography>
          <AccessPreview body={{ remove: { type: 'grants', id: grant.id } }} />
        </ConfirmDialog>
      )}
    </Stack>
  );
}
