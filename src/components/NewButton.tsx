import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';

/** The labelled create button of a list's header ("New grant"); disabled with the reason where refused. */
export function NewButton({ label, onClick, disabledReason }: { label: string; onClick: () => void; disabledReason?: string }) {
  const button = (
    <Button variant="contained" startIcon={<AddIcon />} onClick={onClick} disabled={disabledReason !== undefined}>
      {label}
    </Button>
  );
  // A disabled button fires no events: the tooltip sits on a wrapper.
  return disabledReason ? (
    <Tooltip title={disabledReason}>
      <span>{button}</span>
    </Tooltip>
  ) : (
    button
  );
}
