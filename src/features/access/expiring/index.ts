import EventBusyIcon from '@mui/icons-material/EventBusy';
import { lazy } from 'react';
import { paths } from '../../../lib/paths';
import { tokenMayUsePlatform } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

/** The extend flow by id, for other screens (loaded with them, not with the menu). */
export const ExtendRecord = lazy(async () => ({ default: (await import('./components/ExtendRecord')).ExtendRecord }));

export const expiringFeature: FeatureManifest = {
  id: 'expiring',
  label: 'Expiring',
  section: 'access',
  icon: EventBusyIcon,
  path: paths.expiring.getHref(),
  usableBy: tokenMayUsePlatform,
  Badge: lazyPage(
    () => import('./components/ExpiringBadge'),
    (m) => m.ExpiringBadge,
  ),
  routes: [
    {
      path: paths.expiring.path,
      Page: lazyPage(
        () => import('./routes/ExpiringPage'),
        (m) => m.ExpiringPage,
      ),
    },
  ],
};
