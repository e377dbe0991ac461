import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Permission } from '../../../../domain/types';
import { groupPermissions } from '../roleText';

/** A role's permissions, one line per type. */
export function PermissionList({ permissions }: { permissions: readonly Permission[] }) {
  const groups = groupPermissions(permissions);
  return (
    <Paper sx={{ p: 2 }} component="section" aria-label="Permissions">
      {groups.length === 0 && <Typography>No permissions.</Typography>}
      {groups.map((g) => (
        <Stack key={g.type} direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
          <Typography sx={{ width: 110, fontWeight: 600 }}>{g.type}</Typography>
          {g.actions.map((a) => (
            <Chip key={a} size="small" label={a} />
          ))}
        </Stack>
      ))}
    </Paper>
  );
}
