/** "Enable grant …" for a grant known only by id (the explorer's "why not?"): loaded, then confirmed with its preview. */
import Typography from '@mui/material/Typography';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { grantKeys } from '../api/grantKeys';
import { ToggleGrantDialog } from './ToggleGrantDialog';

export function EnableGrantRecord({ id, name, onClose }: { id: number; name: string; onClose: () => void }) {
  const q = useActingQuery((api, acting) => grantKeys.detail(api, acting, id));
  const grant = q.data;
  if (grant && !grant.enabled) return <ToggleGrantDialog grant={grant} onClose={onClose} />;
  // Loading, failed, gone or enabled meanwhile: the same dialog says so, with nothing to confirm.
  const said = q.isPending ? 'Loading the grant…' : q.isError ? null : grant ? 'It is enabled already.' : 'The grant is no longer there.';
  return (
    <ConfirmDialog open title={`Enable ${name}?`} confirmLabel="Enable" confirmDisabled error={q.error} onConfirm={onClose} onClose={onClose}>
      {said && <Typography>{said}</Typography>}
    </ConfirmDialog>
  );
}
