import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import type { CanAnswer } from '../../../../auth/useCan';
import type { ExpiringRow } from '../routes/expiringRows';
import { rowTitle } from './rowText';

interface RowActionsProps {
  row: ExpiringRow;
  can: (action: 'update' | 'delete') => CanAnswer;
  onExtend: () => void;
  onRemove: () => void;
}

function Action({ label, answer, onClick }: { label: string; answer: CanAnswer; onClick: () => void }) {
  const button = (
    <Button size="small" onClick={onClick} disabled={!answer.allowed} aria-label={label}>
      {label.split(' ')[0]}
    </Button>
  );
  if (answer.allowed || !answer.reason) return button;
  // A disabled button fires no events: the tooltip sits on a wrapper.
  return (
    <Tooltip title={answer.reason}>
      <span>{button}</span>
    </Tooltip>
  );
}

/** Extend and Remove of one timeline row, disabled with the reason where the principal may not. */
export function RowActions({ row, can, onExtend, onRemove }: RowActionsProps) {
  return (
    <Stack direction="row" spacing={1}>
      <Action label={`Extend ${rowTitle(row)}`} answer={can('update')} onClick={onExtend} />
      <Action label={`Remove ${rowTitle(row)}`} answer={can('delete')} onClick={onRemove} />
    </Stack>
  );
}
