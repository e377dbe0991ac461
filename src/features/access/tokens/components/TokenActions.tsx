import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../../lib/paths';
import { DEMO_DATA_LOCAL, useIsDemoMode } from '../../../../auth/demoMode';
import { LockoutNotice } from '../../../../auth/LockoutNotice';
import { useCan } from '../../../../auth/useCan';
import { useLockoutWarning } from '../../../../auth/useLockoutWarning';
import type { CanAnswer } from '../../../../auth/useCan';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import type { TokenRecord } from '../api/tokenKeys';
import { tokenName, useDeleteToken, useUpdateToken } from '../api/tokenMutations';
import { TokenFormDialog } from './TokenFormDialog';
import { useCopyText } from './useCopyText';

/** A button that is disabled, with the reason as its tooltip, when the permission module says no. */
function Allowed({ can, children }: { can: CanAnswer; children: ReactElement }) {
  if (can.allowed) return children;
  return (
    <Tooltip title={can.reason ?? 'Checking…'}>
      <span>{children}</span>
    </Tooltip>
  );
}

/** Edit, enable/disable, delete (with confirmation) and "Copy access link" for one token. */
export function TokenActions({ token }: { token: TokenRecord }) {
  const navigate = useNavigate();
  const copy = useCopyText();
  const demo = useIsDemoMode();
  const canUpdate = useCan('update', { type: 'tokens', id: token.id });
  const canDelete = useCan('delete', { type: 'tokens', id: token.id });
  const [dialog, setDialog] = useState<'edit' | 'disable' | 'delete' | null>(null);
  const close = () => setDialog(null);
  const toggle = useUpdateToken(close);
  const remove = useDeleteToken(() => {
    close();
    navigate(paths.list.getHref('tokens'));
  });
  const name = tokenName(token);
  // Asked while the dialog is open: explained before the click (the server refuses the same with 409).
  const disableRisk = useLockoutWarning('tokens', dialog === 'disable' ? token.id : null, 'disable');
  const deleteRisk = useLockoutWarning('tokens', dialog === 'delete' ? token.id : null, 'delete');
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      <Tooltip
        describeChild
        title={
          demo
            ? `Anyone who opens this link in this browser is signed in with this token. ${DEMO_DATA_LOCAL}`
            : 'Anyone who opens this link is signed in with this token.'
        }
      >
        <Button variant="outlined" onClick={() => void copy(`${window.location.origin}${paths.login.getHref({ token: token.key })}`, 'Access link copied')}>
          Copy access link
        </Button>
      </Tooltip>
      <Allowed can={canUpdate}>
        <Button variant="outlined" disabled={!canUpdate.allowed} onClick={() => setDialog('edit')}>
          Edit
        </Button>
      </Allowed>
      <Allowed can={canUpdate}>
        <Button
          variant="outlined"
          disabled={!canUpdate.allowed || toggle.isPending}
          onClick={() => (token.enabled ? setDialog('disable') : toggle.mutate({ token, change: { enabled: true } }))}
        >
          {token.enabled ? 'Disable' : 'Enable'}
        </Button>
      </Allowed>
      <Allowed can={canDelete}>
        <Button variant="outlined" color="error" disabled={!canDelete.allowed} onClick={() => setDialog('delete')}>
          Delete
        </Button>
      </Allowed>
      {dialog === 'edit' && <TokenFormDialog token={token} onClose={close} />}
      <ConfirmDialog
        open={dialog === 'disable'}
        title={`Disable ${name}?`}
        confirmLabel="Disable"
        destructive
        pending={toggle.isPending}
        confirmDisabled={disableRisk.blocksConfirm}
        error={toggle.error ?? undefined}
        onConfirm={() => toggle.mutate({ token, change: { enabled: false }, query: disableRisk.query })}
        onClose={close}
      >
        <Typography>
          The key stops working until the token is enabled again: sessions using it will be signed out, and apps and access links using it lose access.
        </Typography>
        <LockoutNotice warning={disableRisk} />
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        restorable
        title={`Delete ${name}?`}
        confirmLabel="Delete"
        destructive
        pending={remove.isPending}
        confirmDisabled={deleteRisk.blocksConfirm}
        error={remove.error ?? undefined}
        onConfirm={() => remove.mutate({ token, query: deleteRisk.query })}
        onClose={close}
      >
        <Typography>
          The key stops working: sessions using it will be signed out, and apps and access links using it lose access until the token is restored.
        </Typography>
        <LockoutNotice warning={deleteRisk} />
      </ConfirmDialog>
    </Stack>
  );
}
