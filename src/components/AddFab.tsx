import AddIcon from '@mui/icons-material/Add';
import Fab from '@mui/material/Fab';
import Tooltip from '@mui/material/Tooltip';

/** The green "+" at the bottom right that starts a create flow (flespi's convention), named by its tooltip too. */
export function AddFab({ label, onClick, disabledReason }: { label: string; onClick: () => void; disabledReason?: string }) {
  const fab = (
    <Fab color="success" aria-label={label} onClick={onClick} disabled={disabledReason !== undefined} sx={{ position: 'fixed', right: 24, bottom: 24 }}>
      <AddIcon />
    </Fab>
  );
  // A disabled button fires no events: the tooltip sits on a wrapper.
  return disabledReason ? (
    <Tooltip title={disabledReason}>
      <span>{fab}</span>
    </Tooltip>
  ) : (
    <Tooltip title={label} placement="left">
      {fab}
    </Tooltip>
  );
}
