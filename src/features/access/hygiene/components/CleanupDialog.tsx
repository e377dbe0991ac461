import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { idSelector } from '../../../../contracts/endpoints';
import { resourceClient } from '../../../../lib/resourceClient';
import { CLEANUP_TOUCHES } from '../api/hygieneKeys';
import { useApiMutation } from '../../../../auth/useApiMutation';
import type { HygieneFinding } from '../../../../permissions';
import { findingTitle } from './findingText';

/** Deletes the given findings (one request per type); the toast names what was removed. */
export function CleanupDialog({ findings, onClose }: { findings: readonly HygieneFinding[]; onClose: () => void }) {
  const mutation = useApiMutation({
    run: async (api, acting, list: readonly HygieneFinding[]) => {
      for (const type of ['grants', 'role-assignments'] as const) {
        const ids = list.filter((f) => f.type === type).map((f) => f.id);
        if (ids.length) await resourceClient(api, type, acting).delete(idSelector(ids));
      }
      return list;
    },
    touches: CLEANUP_TOUCHES,
    success: (list) => `Removed ${list.map(findingTitle).join(', ')}`,
    failure: 'Could not clean up',
    onSuccess: onClose,
  });
  return (
    <ConfirmDialog
      open
      destructive
      restorable
      title={findings.length === 1 ? `Remove ${findingTitle(findings[0] as HygieneFinding)}?` : `Remove ${findings.length} records that give nothing?`}
      confirmLabel={findings.length === 1 ? 'Remove' : `Remove ${findings.length}`}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onConfirm={() => mutation.mutate(findings)}
    >
      <Typography>These give no access any more; removing them changes nobody's access. Their audit logs stay.</Typography>
      <List dense aria-label="To be removed">
        {findings.map((f) => (
          <ListItem key={`${f.type}:${f.id}`} disableGutters>
            {`${findingTitle(f)}: ${f.reasons.map((r) => r.message).join(' ')}`}
          </ListItem>
        ))}
      </List>
    </ConfirmDialog>
  );
}
