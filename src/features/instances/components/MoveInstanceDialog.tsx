import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { accessKeys } from '../../../auth/accessKeys';
import { useAccountNames } from '../../../auth/useAccountNames';
import { useActingQuery } from '../../../auth/useActingQuery';
import { useApiMutation } from '../../../auth/useApiMutation';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { Instance } from '../../../domain/types';
import { limitClient } from '../../../lib/limitClient';
import { paths } from '../../../lib/paths';
import { AccessPreview } from '../../../widgets/accessPreview/AccessPreview';
import { instanceDeleteTouches } from '../api/instanceKeys';
import { SINGULAR } from '../instanceKinds';

/**
 * "Move to account…" (issue 18, flespi's `PUT /gw/<type>/<id>/cid`): the accounts where the caller may
 * create this type, and before the click who gains and who loses access (or why the move is refused).
 */
export function MoveInstanceDialog({ instance, onClose }: { instance: Instance & { type: 'devices' | 'channels' }; onClose: () => void }) {
  const singular = SINGULAR[instance.type].toLowerCase();
  const nameOf = useAccountNames();
  const navigate = useNavigate();
  const [target, setTarget] = useState<number | ''>('');
  const accounts = useActingQuery((api, acting) => accessKeys.create(api, acting, instance.type));
  const choices = (accounts.data ?? []).filter((c) => c !== instance.cid);
  const move = useApiMutation({
    run: (api, acting, cid: number) => limitClient(api, acting).move(instance.type, instance.id, cid),
    touches: instanceDeleteTouches(),
    success: (_r, cid) => `${SINGULAR[instance.type]} “${instance.name}” moved to ${nameOf(cid)}`,
    failure: `Could not move the ${singular}`,
    onSuccess: () => {
      onClose();
      void navigate(paths.list.getHref(instance.type));
    },
  });
  return (
    <ConfirmDialog
      open
      title={`Move ${singular} “${instance.name}” to another account`}
      confirmLabel="Move"
      pending={move.isPending}
      confirmDisabled={target === ''}
      error={move.error}
      onConfirm={() => target !== '' && move.mutate(target)}
      onClose={onClose}
    >
      <Typography gutterBottom>
        It leaves {nameOf(instance.cid)}. Grants, role assignments, token access lists and memberships of accounts that no longer hold it drop it.
      </Typography>
      <TextField
        select
        fullWidth
        label="Move to account"
        value={target}
        onChange={(e) => setTarget(Number(e.target.value))}
        disabled={accounts.isPending}
        error={accounts.isError}
        helperText={
          accounts.isPending
            ? 'Loading accounts…'
            : accounts.isError
              ? 'Could not load the accounts; close and try again.'
              : choices.length === 0
                ? 'No other account where you may create it.'
                : undefined
        }
        sx={{ my: 2 }}
      >
        {choices.map((c) => (
          <MenuItem key={c} value={c}>
            {nameOf(c)}
          </MenuItem>
        ))}
      </TextField>
      {target !== '' && <AccessPreview body={{ move: { type: instance.type, id: instance.id, cid: target } }} />}
    </ConfirmDialog>
  );
}
