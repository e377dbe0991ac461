import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Typography from '@mui/material/Typography';
import { Suspense } from 'react';
import { ABSENT_EXTENSIONS_WHY } from '../../contracts/absentExtensions';
import { NavLink, useLocation } from 'react-router-dom';
import { useRequiredSession } from '../../auth/SessionProvider';
import { serverHas } from '../../auth/useServerHas';
import type { FeatureManifest } from '../../features/FeatureManifest';
import { FEATURES, SECTION_LABELS } from '../features';

const SECTIONS: FeatureManifest['section'][] = ['self', 'access', 'instances'];

/** The left menu: entries the token can never use are not shown (asked of the permission module). */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { info } = useRequiredSession();
  const { pathname } = useLocation();
  const usable = FEATURES.filter((f) => f.usableBy(info) && serverHas(info, f.needs));
  return (
    <nav aria-label="Main menu">
      {SECTIONS.map((section) => {
        const entries = usable.filter((f) => f.section === section);
        if (entries.length === 0) return null;
        const headingId = `menu-${section}`;
        return (
          <List key={section} aria-labelledby={headingId} subheader={<ListSubheader id={headingId}>{SECTION_LABELS[section]}</ListSubheader>}>
            {entries.map(({ id, label, path, icon: Icon, Badge }) => (
              <ListItem key={id} disablePadding>
                <ListItemButton component={NavLink} to={path} onClick={onNavigate} selected={pathname === path || pathname.startsWith(`${path}/`)}>
                  <ListItemIcon>
                    <Icon />
                  </ListItemIcon>
                  <ListItemText
                    primary={
                      <>
                        {label}
                        {Badge && (
                          <Suspense fallback={null}>
                            <Badge />
                          </Suspense>
                        )}
                      </>
                    }
                  />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        );
      })}
      {FEATURES.some((f) => f.usableBy(info) && !serverHas(info, f.needs)) && (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1 }}>
          {ABSENT_EXTENSIONS_WHY}
        </Typography>
      )}
    </nav>
  );
}
