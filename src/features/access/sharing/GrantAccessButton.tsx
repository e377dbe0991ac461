import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useId, useState } from 'react';
import type { CanAnswer } from '../../../auth/useCan';

export type GrantKind = 'grant' | 'role';

/** "Grant access": a grant (share the item with accounts) or a role assignment (a role over it); each as the module allows. */
export function GrantAccessButton({ grant, role, onPick }: { grant: CanAnswer; role: CanAnswer; onPick: (kind: GrantKind) => void }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const pick = (kind: GrantKind) => {
    setAnchor(null);
    onPick(kind);
  };
  if (!grant.allowed && !role.allowed) {
    const reason = grant.pending || role.pending ? 'Checking whether you may grant access…' : (grant.reason ?? role.reason ?? 'You may not grant access here.');
    return (
      <Tooltip title={reason}>
        <span style={{ alignSelf: 'flex-start' }}>
          <Button variant="contained" disabled>
            Grant access
          </Button>
        </span>
      </Tooltip>
    );
  }
  return (
    <>
      <Button
        variant="contained"
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ alignSelf: 'flex-start' }}
      >
        Grant access
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem disabled={!grant.allowed} onClick={() => pick('grant')}>
          <ListItemText primary="Share with a grant" secondary={grant.allowed ? 'Give accounts levels on it, until a date.' : grant.reason} />
        </MenuItem>
        <MenuItem disabled={!role.allowed} onClick={() => pick('role')}>
          <ListItemText primary="Assign a role" secondary={role.allowed ? 'Give an account a role over it.' : role.reason} />
        </MenuItem>
      </Menu>
    </>
  );
}
