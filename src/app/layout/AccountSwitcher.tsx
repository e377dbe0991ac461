import SwitchAccountIcon from '@mui/icons-material/SwitchAccount';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useSessionStore } from '../../auth/SessionProvider';
import type { Identity } from '../../auth/useIdentity';

const VIA: Record<string, string> = { self: 'own account', branch: 'subaccount', 'operate-as': 'operate-as grant' };

/**
 * Acting account: every request carries it as x-flespi-cid (none for the token's own account).
 * Only accounts the server says the token may act as are offered; choosing one resets the cache.
 */
export function AccountSwitcher({ identity }: { identity: Identity }) {
  const store = useSessionStore();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  if (identity.accounts.length < 2) return null;
  const choose = (cid: number) => {
    setAnchor(null);
    store.setActingCid(cid);
  };
  return (
    <>
      <Button
        color="inherit"
        startIcon={<SwitchAccountIcon />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ textTransform: 'none' }}
      >
        Acting as {identity.actingName}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {identity.accounts.map((a) => (
          <MenuItem key={a.id} selected={a.id === identity.actingCid} onClick={() => choose(a.id)}>
            <ListItemText primary={a.name} secondary={`#${a.id}, ${VIA[a.via] ?? a.via}`} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
