import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { ACTIONS } from '../../../../domain/types';
import type { Action } from '../../../../domain/types';
import { RIGHT_SOURCES } from '../../../../permissions';
import type { RightSource } from '../../../../permissions';

const SOURCE_LABELS: Record<RightSource, string> = {
  branch: 'Owner branch',
  grant: 'Grant',
  role: 'Role assignment',
  'operate-as': 'Operate-as',
  acl: 'Token access list',
};

/** Source of right and permission filters (the values live in the URL). */
export function ExplorerFilters({
  source,
  permission,
  onChange,
}: {
  source: RightSource | null;
  permission: Action | null;
  onChange: (change: { source?: RightSource | null; permission?: Action | null }) => void;
}) {
  return (
    <>
      <TextField
        select
        size="small"
        label="Source of right"
        value={source ?? ''}
        onChange={(e) => onChange({ source: (e.target.value || null) as RightSource | null })}
        sx={{ minWidth: 180 }}
      >
        <MenuItem value="">Any source</MenuItem>
        {RIGHT_SOURCES.map((s) => (
          <MenuItem key={s} value={s}>
            {SOURCE_LABELS[s]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label="Permission"
        value={permission ?? ''}
        onChange={(e) => onChange({ permission: (e.target.value || null) as Action | null })}
        sx={{ minWidth: 150 }}
      >
        <MenuItem value="">Any permission</MenuItem>
        {ACTIONS.filter((a) => a !== 'create').map((a) => (
          <MenuItem key={a} value={a}>
            {a}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
}
