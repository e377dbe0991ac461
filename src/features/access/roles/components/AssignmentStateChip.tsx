import Chip from '@mui/material/Chip';
import type { AssignmentState } from '../roleText';

const LOOK: Record<AssignmentState, { label: string; color: 'default' | 'warning' | 'success' }> = {
  active: { label: 'Active', color: 'success' },
  expiring: { label: 'Expiring', color: 'warning' },
  expired: { label: 'Expired', color: 'default' },
};

export function AssignmentStateChip({ state }: { state: AssignmentState }) {
  const look = LOOK[state];
  return <Chip size="small" variant={state === 'expired' ? 'outlined' : 'filled'} color={look.color} label={look.label} />;
}
