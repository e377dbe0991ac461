import LogoutIcon from '@mui/icons-material/Logout';
import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { Suspense, useState } from 'react';
import { useAuthInfoRefresh } from '../../auth/useAuthInfoRefresh';
import { useIdentity } from '../../auth/useIdentity';
import { useSignOut } from '../../auth/useSignOut';
import { LoadingState } from '../../components/LoadingState';
import { visuallyHidden } from '../../components/visuallyHidden';
import { AccountSwitcher } from './AccountSwitcher';
import { DemoDataMenu } from './DemoDataMenu';
import { IdentityBadge } from './IdentityBadge';
import { NavMenu } from './NavMenu';
import { ShellQueryProvider } from './ShellQueryProvider';
import { ShellRoutes } from './ShellRoutes';

const DRAWER_WIDTH = 240;

/** The signed-in frame: header (identity, acting account, sign out), left menu, the page. */
export function AppShell() {
  return (
    <ShellQueryProvider>
      <ShellFrame />
    </ShellQueryProvider>
  );
}

function ShellFrame() {
  useAuthInfoRefresh();
  const identity = useIdentity();
  const signOut = useSignOut();
  const theme = useTheme();
  const desktop = useMediaQuery(theme.breakpoints.up('md'));
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <Box sx={{ display: 'flex' }}>
      <Link
        href="#main"
        sx={{
          ...visuallyHidden,
          '&:focus': { position: 'fixed', zIndex: 2000, top: 8, left: 8, width: 'auto', height: 'auto', clip: 'auto', p: 1, bgcolor: 'background.paper' },
        }}
      >
        Skip to content
      </Link>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 1 }}>
          {!desktop && (
            <IconButton color="inherit" edge="start" aria-label="Open menu" onClick={() => setMenuOpen(true)}>
              <MenuIcon />
            </IconButton>
          )}
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }} noWrap>
            IoT Access Panel
          </Typography>
          <AccountSwitcher identity={identity} />
          <DemoDataMenu identity={identity} />
          <IdentityBadge identity={identity} />
          <Button color="inherit" startIcon={<LogoutIcon />} onClick={signOut}>
            Sign out
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer
        variant={desktop ? 'permanent' : 'temporary'}
        open={desktop || menuOpen}
        onClose={() => setMenuOpen(false)}
        sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}
      >
        <Toolbar />
        <NavMenu onNavigate={() => setMenuOpen(false)} />
      </Drawer>
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, p: 3, minWidth: 0, outline: 'none' }}>
        <Toolbar />
        <Suspense fallback={<LoadingState />}>
          <ShellRoutes />
        </Suspense>
      </Box>
    </Box>
  );
}
