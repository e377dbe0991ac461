import Chip from '@mui/material/Chip';
import type { GrantState } from '../grantText';

const LOOK: Record<GrantState, { label: string; color: 'success' | 'default' | 'error' }> = {
  active: { label: 'Active', color: 'success' },
  disabled: { label: 'Disabled', color: 'default' },
  expired: { label: 'Expired', color: 'error' },
};

export function GrantStateChip({ state }: { state: GrantState }) {
  return <Chip size="small" variant="outlined" color={LOOK[state].color} label={LOOK[state].label} />;
}
