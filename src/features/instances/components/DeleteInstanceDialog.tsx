import Typography from '@mui/material/Typography';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../lib/paths';
import { resourceClient } from '../../../lib/resourceClient';
import { instanceDeleteTouches } from '../api/instanceKeys';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { isContainerType } from '../../../domain/types';
import type { Instance } from '../../../domain/types';
import { useApiMutation } from '../../../auth/useApiMutation';
import { SINGULAR } from '../instanceKinds';

/** Asks before deleting, saying what goes with the instance. */
export function DeleteInstanceDialog({ instance, onClose }: { instance: Instance & { rev?: number }; onClose: () => void }) {
  const singular = SINGULAR[instance.type];
  const navigate = useNavigate();
  const remove = useApiMutation({
    run: (api, acting) => resourceClient(api, instance.type, acting).delete(instance.id, { ifMatch: instance.rev }),
    touches: instanceDeleteTouches(),
    deletes: () => ({ type: instance.type, id: instance.id }),
    success: () => `${singular} “${instance.name}” deleted`,
    failure: `Could not delete the ${singular.toLowerCase()}`,
    onSuccess: () => {
      onClose();
      void navigate(paths.list.getHref(instance.type));
    },
  });
  const members = instance.devices?.length ?? 0;
  return (
    <ConfirmDialog
      open
      restorable
      title={`Delete ${singular.toLowerCase()} “${instance.name}”?`}
      confirmLabel="Delete"
      destructive
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(undefined)}
      onClose={onClose}
    >
      <Typography gutterBottom>With it go (a restore does not bring these back):</Typography>
      <Typography component="ul" sx={{ mt: 0 }}>
        {instance.type === 'devices' && <li>its membership in groups and its assignment to calcs, streams and plugins;</li>}
        {isContainerType(instance.type) && (
          <li>
            its list of {members} member device{members === 1 ? '' : 's'} (the devices themselves stay);
          </li>
        )}
        <li>its id in grant items, role assignments scoped to it and token access lists (reported in the log).</li>
      </Typography>
    </ConfirmDialog>
  );
}
