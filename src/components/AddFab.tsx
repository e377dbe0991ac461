import AddIcon from '@mui/icons-material/Add';
import Fab from '@mui/material/Fab';
import Tooltip from '@mui/material/Tooltip';

/** The green "+" at the bottom right that starts a create flow (flespi's convention). */
export function AddFab({ label, onClick, disabledReason }: { label: string; onClick: () => void; disabledReason?: string }) {
  const fab = (
    <Fab color="success" aria-label={label} onClick={onClick} disabled={disabledReason !== undefined} sx={{ position: 'fixed', right: 24, bottom: 24 }}>
      <AddIcon />
    </Fab>
  );
  return disabledReason ? (
    <Tooltip title={disabledReason}>
      <span>{fab}</span>
    </Tooltip>
  ) : (
    fab
  );
}
