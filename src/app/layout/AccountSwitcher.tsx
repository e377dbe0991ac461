import SwitchAccountIcon from '@mui/icons-material/SwitchAccount';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import MenuList from '@mui/material/MenuList';
import Popover from '@mui/material/Popover';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import { useSessionStore } from '../../auth/SessionProvider';
import type { Identity } from '../../auth/useIdentity';
import { accountChoices } from './accountChoices';

const VIA: Record<string, string> = { self: 'own account', branch: 'subaccount', 'operate-as': 'operate-as grant' };
/** Rows rendered at once; a search narrows the rest (a large branch has ~1,000 accounts). */
const SHOWN = 50;
const SEARCH_FROM = 8;

/**
 * Acting account: every request carries it as x-flespi-cid (none for the token's own account).
 * Only accounts the server says the token may act as are offered; choosing one resets the cache.
 */
export function AccountSwitcher({ identity }: { identity: Identity }) {
  const store = useSessionStore();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [q, setQ] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const menuId = useId();
  if (identity.accounts.length < 2) return null;
  const searchable = identity.accounts.length >= SEARCH_FROM;
  const { shown, matching } = accountChoices(identity.accounts, q, identity.actingCid, SHOWN);
  const close = () => {
    setAnchor(null);
    setQ('');
  };
  const choose = (cid: number) => {
    close();
    store.setActingCid(cid);
  };
  return (
    <>
      <Button
        color="inherit"
        startIcon={<SwitchAccountIcon />}
        aria-haspopup="true"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ textTransform: 'none' }}
      >
        Acting as {identity.actingName}
      </Button>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { width: 360, maxHeight: 520, display: 'flex', flexDirection: 'column' } } }}
      >
        {searchable && (
          <Box sx={{ p: 1.5, pb: 0.5 }}>
            <TextField
              size="small"
              fullWidth
              autoFocus
              label="Find an account"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== 'ArrowDown') return;
                e.preventDefault();
                list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
              }}
              helperText={matching > shown.length ? `Showing ${shown.length} of ${matching.toLocaleString()}: type to narrow.` : undefined}
            />
          </Box>
        )}
        {shown.length === 0 ? (
          <Typography sx={{ p: 2 }} color="text.secondary">
            No account matches “{q}”.
          </Typography>
        ) : (
          <MenuList id={menuId} ref={list} aria-label="Accounts to act as" autoFocusItem={!searchable} sx={{ overflowY: 'auto' }}>
            {shown.map((a) => (
              <MenuItem key={a.id} selected={a.id === identity.actingCid} onClick={() => choose(a.id)}>
                <ListItemText primary={a.name} secondary={`#${a.id}, ${VIA[a.via] ?? a.via}`} />
              </MenuItem>
            ))}
          </MenuList>
        )}
      </Popover>
    </>
  );
}
